import functools as ft
class CP:
    @ft.cached_property
    def val(self):
        "doc"
        print("compute"); return 5
c = CP(); print(c.val, c.val, c.__dict__, CP.val.__doc__, type(CP.val).__name__)
del c.val; print(c.val)
class S:
    __slots__ = ("a",)
    @ft.cached_property
    def v(self): return 1
try:
    S().v
except TypeError as e:
    print(e)
@ft.singledispatch
def show(x): return "obj"
@show.register(int)
def _(x): return "int"
@show.register
def _(x: str): return "str"
print(show(1), show("a"), show(2.5), show(True), show.dispatch(bool) is show.registry[int])
