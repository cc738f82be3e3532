# keyword-only and positional-only parameters
def ko(a, *, b, c=3):
    return a + b + c
print(ko(1, b=2), ko(1, b=2, c=10))
try:
    ko(1, 2)
except TypeError as e:
    print('TypeError:', e)
try:
    ko(1)
except TypeError as e:
    print('TypeError:', e)
def po(a, b, /, c, *, d):
    return (a, b, c, d)
print(po(1, 2, 3, d=4), po(1, 2, c=3, d=4))
try:
    po(1, b=2, c=3, d=4)
except TypeError as e:
    print('TypeError:', e)
def po_kw(x, /, **kw):
    return x, sorted(kw.items())
print(po_kw(1, x=2))
def defaults_po(a, b=5, /):
    return a * b
print(defaults_po(2), defaults_po(2, 3))
try:
    ko(1, b=2, d=5)
except TypeError as e:
    print('TypeError:', e)
def kwonly_many(*, x, y, z):
    return x, y, z
try:
    kwonly_many(x=1)
except TypeError as e:
    print('TypeError:', e)
