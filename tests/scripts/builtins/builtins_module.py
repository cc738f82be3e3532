# The builtins module is the namespace unqualified names fall back to.
import builtins
print(builtins.__name__, builtins.len('abc'), builtins.abs is abs, type(builtins).__name__)
orig = builtins.abs
for i in range(2):
    print(abs(-5))
    builtins.abs = lambda x: 'patched'
builtins.abs = orig
print(abs(-5), hasattr(builtins, 'print'), 'range' in dir(builtins))
builtins.my_global_helper = lambda: 'from builtins'
print(my_global_helper())
del builtins.my_global_helper
try:
    my_global_helper()
except NameError as e:
    print('NameError:', e)
print(isinstance(builtins.int('7'), builtins.int), builtins.max([3, 9, 2]))
print(builtins.complex(1, 2), builtins.complex is complex)
