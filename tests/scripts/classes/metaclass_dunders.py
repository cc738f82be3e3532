# A metaclass's dunders apply to its classes: len/iter/in/[]/repr/str/bool,
# attribute assignment and deletion hooks, and type.__setattr__ bypassing them
class Registry(type):
    def __setattr__(cls, name, value):
        if name.isupper():
            raise AttributeError("constant %s is read-only" % name)
        super().__setattr__(name, value)
    def __delattr__(cls, name):
        print("deleting", name)
        super().__delattr__(name)
    def __getitem__(cls, key):
        return cls.items[key]
    def __iter__(cls):
        return iter(cls.items)
    def __reversed__(cls):
        return reversed(cls.items)
    def __len__(cls):
        return len(cls.items)
    def __contains__(cls, x):
        return x in cls.items
    def __repr__(cls):
        return "<registry %s>" % cls.__name__
    def __bool__(cls):
        return bool(cls.items)

class Colors(metaclass=Registry):
    items = ["red", "green"]
    LIMIT = 2

print(Colors[0], list(Colors), len(Colors), "red" in Colors, "blue" in Colors)
print(repr(Colors), str(Colors), f"{Colors}", [Colors], bool(Colors), list(reversed(Colors)))
Colors.extra = 1
print(Colors.extra)
try:
    Colors.LIMIT = 3
except AttributeError as e:
    print("AttributeError:", e)
type.__setattr__(Colors, "LIMIT", 5)
print(Colors.LIMIT)
del Colors.extra
print(hasattr(Colors, "extra"))
try:
    type.__delattr__(Colors, "missing")
except AttributeError as e:
    print("AttributeError:", e)

class Empty(metaclass=Registry):
    items = []
print(bool(Empty), len(Empty), list(Empty))

class Plain:
    pass
try:
    len(Plain)
except TypeError as e:
    print("TypeError:", e)
try:
    iter(Plain)
except TypeError as e:
    print("TypeError:", e)
try:
    Plain[0]
except TypeError as e:
    print("TypeError:", e)
print(bool(Plain))

class Cached:
    value = 1
def read():
    return Cached.value
print(read())
Cached.value = 2
print(read())
del Cached.value
try:
    read()
except AttributeError as e:
    print("AttributeError:", e)
