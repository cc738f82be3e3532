# function objects carry attributes, defaults and code-independent metadata
def f(a, b=2, *args, c, d=4, **kw):
    "f's doc"
    return a
f.custom = 'hello'
f.counter = 0
f.counter += 1
print(f.custom, f.counter, f.__name__, f.__doc__)
print(f.__defaults__, f.__kwdefaults__)
def g():
    pass
print(g.__defaults__, g.__kwdefaults__, g.__doc__)
print(sorted([k for k in f.__dict__]))
g.__name__ = 'renamed'
print(g.__name__, g.__qualname__)
def with_ann(x: int, y: 'str' = 'd') -> list:
    return [x, y]
print(with_ann(1), with_ann.__annotations__)
def counter():
    counter.calls += 1
    return counter.calls
counter.calls = 0
counter(); counter()
print(counter.calls)
h = lambda: None
h.tag = 'lambda attr'
print(h.tag, h.__name__)
