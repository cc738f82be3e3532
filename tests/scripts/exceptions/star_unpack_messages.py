# The TypeErrors of `*x` / `**m` with a non-iterable or non-mapping: a lone
# `*x` in a call names the callee (with its module), any other `*x` in a call
# or display says "Value after *", and failures inside iteration pass through.
import json


def f(*a, **k):
    return a, k


class C:
    def m(self, *a):
        return a

    class D:
        pass


def gen_fails():
    yield 1
    raise TypeError('from inside the generator')


class Seq:
    def __getitem__(self, i):
        if i < 3:
            return i * 10
        raise IndexError(i)


cases = [
    'f(*5)', 'f(1, *5)', 'f(*[1], *5)', 'f(*None)', 'f(*5, x=1)', 'C().m(*5)', 'C(*5)',
    'C.D(*5)', 'int(*5)', 'print(*5)', 'max(*5)', 'json.dumps(*5)', '(lambda *a: 0)(*5)',
    'f(**5)', 'C(**5)', 'C().m(1, **5)', 'len(**5)', 'f(*[], **[])',
    '[*5]', '(*5,)', '[1, *3.5]', '{*5}', 'f(*gen_fails())', '[*gen_fails()]',
    '[].append(*5)', 'len(*5)', '"".join(*5)', '{}.update(*5)', 'list.append(*5)',
    'dict.fromkeys(*5)', '[].sort(**5)', 'sorted(*5)', 'str.format(**5)',
]
for code in cases:
    try:
        print(code, '->', eval(code))
    except TypeError as e:
        print(code, '->', e)
print(f(*Seq()), [*Seq()], f(*'ab', *b'c'), f(*{'k': 1}), f(*range(2)))
