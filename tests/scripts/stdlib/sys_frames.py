# sys._getframe: the caller's code, globals, locals, line and f_back chain
import sys

CONST = 'module-level'


def where():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno, f.f_globals['CONST']


def outer():
    x = 1
    y = 'two'
    loc = sys._getframe().f_locals
    f = sys._getframe()
    print(f.f_code.co_name, sorted(loc.items()), f.f_back.f_code.co_name)
    print(where())
    return inner()


def inner():
    names = []
    f = sys._getframe()
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names


print(outer())
print(where())
print(sys._getframe().f_globals is globals(), sys._getframe(0).f_code.co_name)


class K:
    print(sys._getframe().f_code.co_name, sorted(k for k in sys._getframe().f_locals if not k.startswith('__')))
    a = 1
    print(sorted(k for k in sys._getframe().f_locals if not k.startswith('__')))


def module_of_caller():
    return sys._getframe(1).f_globals.get('__name__')


print(module_of_caller())
for bad in [lambda: sys._getframe(1000), lambda: sys._getframe('x'), lambda: sys._getframe(1, 2)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)


def gen():
    yield sys._getframe().f_code.co_name
    yield sys._getframe(1).f_code.co_name
def caller():
    return list(gen())
print(caller())
def key(x):
    return sys._getframe(1).f_code.co_name
def sorter():
    return sorted([1], key=key)
print(sorter(), list(map(lambda x: sys._getframe(1).f_code.co_name, [1])))
