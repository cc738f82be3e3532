# __bool__ and __len__ drive truthiness
class AlwaysFalse:
    def __bool__(self):
        print('__bool__ called')
        return False
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
print(bool(AlwaysFalse()), bool(Sized(0)), bool(Sized(2)), bool(Both()), bool(object()))
if not AlwaysFalse():
    print('negated')
print(AlwaysFalse() or 'fallback')
print(bool(Sized(0) and 'unreached'), len(Sized(7)))
while Sized(0):
    print('never')
x = [Sized(1), Sized(0), Sized(3)]
print([bool(s) for s in x], len([s for s in x if s]))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print('TypeError:', e)
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print('ValueError:', e)
