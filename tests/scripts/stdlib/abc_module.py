# abc: abstract methods block instantiation, subclasses that implement them work,
# register() makes virtual subclasses, __subclasshook__ decides structural checks
from abc import ABC, ABCMeta, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return "%s with area %s" % (type(self).__name__, self.area())

print(sorted(Shape.__abstractmethods__))
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)

class Half(Shape):
    def area(self):
        return 1

try:
    Half()
except TypeError as e:
    print("TypeError:", e)

class Square(Half):
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side ** 2
    def perimeter(self):
        return 4 * self.side

sq = Square(3)
print(sq.describe(), sq.perimeter(), isinstance(sq, Shape), issubclass(Square, Shape))
print(Square.__abstractmethods__ == frozenset())

class WithProp(ABC):
    @property
    @abstractmethod
    def name(self):
        ...
    @classmethod
    @abstractmethod
    def make(cls):
        ...
    @staticmethod
    @abstractmethod
    def helper():
        ...
try:
    WithProp()
except TypeError as e:
    print("TypeError:", e)

class Impl(WithProp):
    @property
    def name(self):
        return "impl"
    @classmethod
    def make(cls):
        return cls()
    @staticmethod
    def helper():
        return 42
print(Impl.make().name, Impl.helper())

class Sized(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return hasattr(C, "__len__")
        return NotImplemented

print(isinstance([], Sized), isinstance(3, Sized), issubclass(dict, Sized))

class Plugin(ABC):
    pass

class Outside:
    pass

print(isinstance(Outside(), Plugin))
r = Plugin.register(Outside)
print(r is Outside, isinstance(Outside(), Plugin), issubclass(Outside, Plugin))

class Sub(Outside):
    pass
print(issubclass(Sub, Plugin), issubclass(int, Plugin))
Plugin.register(int)
print(isinstance(5, Plugin), isinstance("5", Plugin))
try:
    Plugin.register(5)
except TypeError as e:
    print("TypeError:", e)

class Concrete(ABC):
    def method(self):
        return "fine"
print(Concrete().method(), type(Concrete).__name__, type(ABC).__name__)

class One(ABC):
    @abstractmethod
    def only(self):
        pass
try:
    One()
except TypeError as e:
    print("TypeError:", e)
