# repr of strings with quotes, newlines, unicode and control characters
samples = ["plain", "it's", 'say "hi"', 'both \' and "', 'new\nline', 'tab\there', 'back\\slash',
           'bell\a', '\x00\x01\x1f', '\x7f\x80\x9f', '\xa0nbsp', 'é ü ñ', '日本', '😀', '\u200b',
           '\r\n', '\x1b[0m', '\u2028', '\ufeff', '\U0010ffff', "'", '"', "'\"", '\\n']
for s in samples:
    print(repr(s), len(s))
print(ascii('héllo 日本 😀'), ascii("it's"))
print(str(['a', "b'c", 'd"e']))
print(repr('a' * 3), repr(('x',)), repr({'k': 'v'}))
