# parts of sys beyond exit/stderr
import sys
print(sys.version_info[:2] >= (3, 11), sys.maxsize == 2 ** 63 - 1, type(sys.argv).__name__)
print(sys.getrecursionlimit() >= 1000, isinstance(sys.path, list), sys.byteorder in ('little', 'big'))
print(callable(sys.exc_info), sys.exc_info() == (None, None, None))
try:
    1 / 0
except ZeroDivisionError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None)
