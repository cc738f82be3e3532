# __name__, __qualname__ and __doc__ of functions
def documented(x):
    """Return x unchanged."""
    return x
def undocumented():
    return 1
def multi_line():
    """First line.

    More details here.
    """
print(documented.__name__, repr(documented.__doc__))
print(undocumented.__doc__)
print(repr(multi_line.__doc__))
def outer():
    def inner():
        pass
    return inner
print(outer().__name__, outer().__qualname__)
f = lambda: 0
print(f.__name__, f.__qualname__)
class K:
    def method(self):
        """method doc"""
print(K.method.__name__, K.method.__qualname__, K.method.__doc__)
documented.__doc__ = 'changed'
print(documented.__doc__)
g = documented
print(g.__name__)
print(documented.__module__)
