# An unclosed bracket is reported only when parsing reaches the end of input;
# an earlier bad token such as ':' or ',' is a plain "invalid syntax" there.
sources = [
    'def f(:\n    pass\n',
    'class A(:\n    pass\n',
    'if (a:\n    pass\n',
    'f(a;\n',
    'f(a,,\n',
    'f(,\n',
    'x = (1,\ny = 2\n',
    'x = [1, 2\n',
    'print(1\n',
    'd = {a:\n',
    'foo(1, 2\nbar = 3\n',
    '(lambda:\n',
    'if x:\n    y = (1,\n',
    'def g():\n    return f(a, :\n',
]
for src in sources:
    try:
        compile(src, '<src>', 'exec')
        print('compiled', repr(src))
    except SyntaxError as e:
        print(repr(src), '->', e.msg, e.lineno, e.offset)
