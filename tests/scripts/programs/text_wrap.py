# greedy word wrapping and justification
text = ('Krait is an embeddable scripting engine whose scripts must behave exactly like '
        'CPython, down to the last character of every error message and float repr.')
def wrap(text, width):
    lines, cur = [], ''
    for word in text.split():
        if not cur:
            cur = word
        elif len(cur) + 1 + len(word) <= width:
            cur += ' ' + word
        else:
            lines.append(cur)
            cur = word
    if cur:
        lines.append(cur)
    return lines
def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return line.ljust(width)
    gaps = len(words) - 1
    spaces = width - sum([len(w) for w in words])
    out = ''
    for i, w in enumerate(words[:-1]):
        out += w + ' ' * (spaces // gaps + (1 if i < spaces % gaps else 0))
    return out + words[-1]
for width in [20, 32]:
    lines = wrap(text, width)
    print('width', width, 'lines', len(lines))
    for l in lines[:-1]:
        print('|' + justify(l, width) + '|')
    print('|' + lines[-1].ljust(width) + '|')
    print('|' + lines[0].center(width, '~') + '|')
