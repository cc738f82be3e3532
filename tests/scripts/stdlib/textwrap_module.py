import textwrap
text = 'The quick brown fox jumps over the lazy dog ' * 3
print(textwrap.wrap(text, 30))
print(textwrap.fill(text, 40))
print(textwrap.dedent('    a\n      b\n    c'), textwrap.shorten(text, 25))
