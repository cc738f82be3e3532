# types: the interpreter's type names, SimpleNamespace, MappingProxyType
import types
import sys

def f():
    pass
class C:
    def m(self):
        pass
def gen():
    yield 1

print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType))
print(isinstance(C().m, types.MethodType), isinstance(len, types.BuiltinFunctionType))
print(isinstance(gen(), types.GeneratorType), isinstance(sys, types.ModuleType))
print(types.NoneType is type(None), isinstance(f.__code__, types.CodeType), isinstance(f, types.MethodType))

ns = types.SimpleNamespace(a=1, b="two")
ns.c = [3]
print(ns, ns.a, ns.c, vars(ns))
print(ns == types.SimpleNamespace(a=1, b="two", c=[3]), ns == types.SimpleNamespace(a=1))
print(types.SimpleNamespace(y=2), types.SimpleNamespace())
try:
    types.SimpleNamespace({"x": 1})
except TypeError as e:
    print("TypeError:", e)
del ns.b
print(ns, hasattr(ns, "b"))

d = {"k": 1}
mp = types.MappingProxyType(d)
print(mp["k"], len(mp), "k" in mp, list(mp), mp.get("z", 0), dict(mp.items()))
d["new"] = 2
print(mp["new"], mp == d, mp | {"z": 0})
try:
    mp["k"] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    types.MappingProxyType(5)
except TypeError as e:
    print("TypeError:", e)

Dyn = types.new_class("Dyn", (C,), exec_body=lambda ns: ns.update(x=1))
print(Dyn.__name__, Dyn.x, issubclass(Dyn, C))
