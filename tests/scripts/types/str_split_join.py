# str.split / rsplit / join / splitlines
s = '  a b  c   '
print(s.split(), s.split(' '), s.split(None, 1), s.rsplit(None, 1))
print('a,b,,c'.split(','), 'a,b,,c'.split(',', 1), 'a,b,,c'.rsplit(',', 1), 'a,b,,c'.rsplit(',', 2))
print('a::b::c'.split('::'), ''.split(), ''.split(','), ','.split(','))
print('one two three'.split(maxsplit=1), 'one two three'.rsplit(maxsplit=1))
print('x\ty\nz\r\nw'.split(), 'aXbXc'.split('X', 0), 'aXbXc'.split('X', -1))
print('abc'.split('abc'), 'aaa'.split('a'), 'banana'.split('an'))
try:
    'abc'.split('')
except ValueError as e:
    print('ValueError:', e)
print('-'.join(['a', 'b', 'c']), ''.join(['x', 'y']), ', '.join([]), '+'.join('abc'))
print(' '.join([str(i) for i in range(5)]))
try:
    ','.join(['a', 1])
except TypeError as e:
    print('TypeError:', e)
text = 'line1\nline2\r\nline3\rline4\n\nlast'
print(text.splitlines())
print(text.splitlines(True))
print(text.splitlines(keepends=True)[-2:])
print(''.splitlines(), '\n'.splitlines(), 'no newline'.splitlines(), 'a\n'.splitlines(True))
print('a\x0bb\x0cc\x1cd\u2028e'.splitlines())
print('  lead'.split(' '), 'trail  '.rsplit(' ', 1))
