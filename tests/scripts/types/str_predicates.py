# is* predicate methods
samples = ['abc', 'ABC', 'Abc', 'abc123', '123', '', ' ', '\t\n', 'a b', '١٢٣', '½', '²', 'é', '_x', 'x1', '1x', 'class', 'Hello World', 'hello world', 'A1', '3.14', '-5']
for s in samples:
    print(repr(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower(),
          s.isidentifier(), s.isnumeric(), s.isdecimal(), s.istitle())
print('\u00a0'.isspace(), '\x1c'.isspace(), '中文'.isalpha(), 'Ⅷ'.isnumeric(), 'Ⅷ'.isdigit())
print('abc'.isascii(), 'é'.isascii(), ''.isascii(), 'Abc'.isprintable(), 'a\nb'.isprintable())
