# case conversion methods
words = ['hello', 'HELLO', 'Hello World', "they're bill's friends", 'hELLO wORLD', '123abc', 'ß straße', 'ǆ', 'éclair', '']
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
print('a1b2c3'.title(), 'x-y_z'.title(), 'ÉCOLE'.lower(), 'İ'.lower() == 'i̇')
print('ǅ'.upper(), 'ǅ'.lower(), 'ﬁ'.upper(), 'ΣΑΣ'.lower())
