# functools.wraps preserves metadata
import functools
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper
@deco
def documented(x):
    """Docstring kept."""
    return x
print(documented.__name__, documented.__doc__, documented(5), documented.__wrapped__.__name__)
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info().hits > 0)
