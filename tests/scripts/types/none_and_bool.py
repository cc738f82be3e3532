# None and bool behaviour
print(None, type(None).__name__, None == None, None is None, None != 0, None == False)
print(bool(None), str(None), repr(None), [None] * 2, {None: 'k'}[None])
def f():
    pass
print(f() is None, print('inner print') is None)
try:
    None + 1
except TypeError as e:
    print('TypeError:', e)
try:
    len(None)
except TypeError as e:
    print('TypeError:', e)
try:
    None < 1
except TypeError as e:
    print('TypeError:', e)
try:
    None.x
except AttributeError as e:
    print('AttributeError:', e)
print(True, False, str(True), repr(False), bool('False'), int(True) + int(False))
print(True == 1.0, False == 0.0, True in [1], 1 in [True], [True] == [1])
print(sorted([True, False, True]), sum([True] * 5), max(False, True))
print(bool.__bases__[0].__name__, isinstance(False, int), True.real, True.numerator)
print(type(None)() is None, bool(), str(bool))
