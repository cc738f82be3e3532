# Inline caches must notice every change they depend on: rebinding globals
# and builtins, class and base-class edits, instance shadowing, __class__
# changes and call sites that see several classes.

def use_len(x):
    return len(x)

print(use_len([1, 2, 3]))
len = lambda x: -1
print(use_len([1, 2, 3]))
del len
print(use_len([1, 2, 3]))

counter = 0
def bump():
    global counter
    counter += 1
    return counter

for _ in range(5):
    bump()
print(counter)
del counter
try:
    bump()
except NameError as e:
    print("NameError:", e)
counter = 100
print(bump())


class Base:
    kind = "base"

    def who(self):
        return "Base.who"


class Child(Base):
    pass


class Other(Base):
    def who(self):
        return "Other.who"


def describe(obj):
    return obj.who() + "/" + obj.kind


objs = [Child(), Other(), Child(), Base()]
for round_ in range(3):
    print([describe(o) for o in objs])
    if round_ == 0:
        Base.who = lambda self: "patched"
        Base.kind = "patched-kind"
    elif round_ == 1:
        Child.who = lambda self: "child-own"
        objs[0].kind = "instance-kind"

c = Child()
print(c.who())
c.who = lambda: "shadowed"
print(c.who())
del c.who
print(c.who())
c.__class__ = Other
print(c.who())


class WithProp:
    def __init__(self):
        self._x = 1

    @property
    def x(self):
        return self._x * 10


p = WithProp()
values = []
for i in range(4):
    values.append(p.x)
    p._x += 1
    if i == 1:
        WithProp.x = property(lambda self: -self._x)
print(values)


class Point:
    def __init__(self, x):
        self.x = x


pts = [Point(i) for i in range(3)]
print([q.x for q in pts])
Point.__init__ = lambda self, x: setattr(self, "x", x * 100)
print([Point(i).x for i in range(3)])


class Slotless:
    pass


s = Slotless()
for i in range(3):
    s.v = i
print(s.v)
Slotless.v = property(lambda self: "from-property", lambda self, val: None)
s.v = 42
print(s.v)

text = "héllo wörld ünïcode" * 5
print(len(text), text[1], text[-1], text[70], text[40:45])
