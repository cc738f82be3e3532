# subclassing builtin types: list, dict, int, str, Exception
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), isinstance(s, list), type(s).__name__, s + [4], type(s + [4]).__name__)
class DefaultDict(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0
dd = DefaultDict()
dd['a'] += 5
dd['b']
print(dd, dd.get('z'), 'z' in dd)
class Meters(int):
    def __repr__(self):
        return '%dm' % int(self)
    def __add__(self, other):
        return Meters(int(self) + int(other))
m = Meters(5) + Meters(7)
print(m, repr(m), m * 2, type(m * 2).__name__, m == 12, isinstance(m, int))
class Shout(str):
    def shout(self):
        return self.upper() + '!'
w = Shout('hey')
print(w.shout(), w + 'x', type(w + 'x').__name__, len(w), w == 'hey', str(w), repr(w))
class Cnt(dict):
    def __init__(self, items):
        super().__init__()
        for i in items:
            self[i] = self.get(i, 0) + 1
print(Cnt('abracadabra'))
class MyList(list):
    def __init__(self, *args):
        super().__init__(args)
print(MyList(1, 2, 3), MyList())
class Upper(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
print(Upper('abc'), type(Upper('x')).__name__)
