# isinstance, issubclass, type, callable
print(isinstance(1, int), isinstance(1, (str, int)), isinstance('a', (int, float)), isinstance(True, int))
print(isinstance([], list), isinstance((), tuple), isinstance({}, dict), isinstance(None, type(None)))
print(isinstance(1, object), isinstance(int, type), isinstance(type, object), isinstance(object, type))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, (str, object)), issubclass(int, int))
class A: pass
class B(A): pass
class C: pass
print(isinstance(B(), A), isinstance(A(), B), issubclass(B, (C, A)), issubclass(C, A))
print(type(1), type('s'), type([]), type(None), type(type), type(A()), type(A))
print(type(1) is int, type(True) is bool, type(True) == int, type(B()) is B)
print(type(1).__name__, type(1.5).__name__, type('').__name__, type(b'').__name__, type(None).__name__)
print(type(print).__name__, type(len).__name__, type([].append).__name__, type(range).__name__)
print(callable(len), callable(A), callable(A()), callable('x'), callable(lambda: 0), callable(print))
class WithCall:
    def __call__(self):
        return 'called'
print(callable(WithCall()), WithCall()())
try:
    isinstance(1, 'int')
except TypeError as e:
    print('TypeError:', e)
try:
    issubclass(1, int)
except TypeError as e:
    print('TypeError:', e)
print(type(3)(7), type('a')(5), type([])((1, 2)))
