# NameError / UnboundLocalError / AttributeError / argument TypeError messages
def uses_before_assign():
    print(x)
    x = 1
try:
    uses_before_assign()
except UnboundLocalError as e:
    print('UnboundLocalError:', e)
def counter():
    total += 1
total = 0
try:
    counter()
except UnboundLocalError as e:
    print('UnboundLocalError:', e)
try:
    print(not_defined_anywhere)
except NameError as e:
    print('NameError:', e, e.args)
def f(a, b):
    return a
for call in [lambda: f(1, 2, 3), lambda: f(1), lambda: f(1, 2, z=3)]:
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)
class C:
    def __init__(self):
        self.real = 1
try:
    C().fake
except AttributeError as e:
    print('AttributeError:', e)
try:
    C.fake
except AttributeError as e:
    print('AttributeError:', e)
try:
    [].foo
except AttributeError as e:
    print('AttributeError:', e)
try:
    C(1)
except TypeError as e:
    print('TypeError:', e)
try:
    object(1)
except TypeError as e:
    print('TypeError:', e)
try:
    len()
except TypeError as e:
    print('TypeError:', e)
try:
    len(1, 2)
except TypeError as e:
    print('TypeError:', e)
try:
    'abc'.split(1)
except TypeError as e:
    print('TypeError:', e)
try:
    five = 5
    five()
except TypeError as e:
    print('TypeError:', e)
try:
    s = 'x'
    s()
except TypeError as e:
    print('TypeError:', e)
try:
    for i in 5:
        pass
except TypeError as e:
    print('TypeError:', e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print('ValueError:', e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print('ValueError:', e)
try:
    a, b = 1
except TypeError as e:
    print('TypeError:', e)
