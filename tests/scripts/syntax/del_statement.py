# del on names, attributes, subscripts, slices
x = 1
del x
try:
    x
except NameError as e:
    print('NameError:', e)
class C:
    pass
c = C()
c.a = 1
c.b = 2
del c.a
print(hasattr(c, 'a'), hasattr(c, 'b'))
d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
print(d)
lst = [0, 1, 2, 3, 4]
del lst[0], lst[0]
print(lst)
del lst[1:]
print(lst)
p, q = 1, 2
del p, q
print('p' in dir(), 'q' in dir())
nested = {'x': [1, {'y': 2}]}
del nested['x'][1]['y']
print(nested)
def f():
    local = 5
    del local
    try:
        return local
    except UnboundLocalError as e:
        return 'unbound'
print(f())
a = b = [1]
del a
print(b)
