# __new__, __init__ returning None, class creation order, instance counting via __new__
class Singleton:
    _instance = None
    def __new__(cls):
        if cls._instance is None:
            print('creating instance')
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self):
        print('__init__ runs each time')
a = Singleton()
b = Singleton()
print(a is b)
class Point:
    def __new__(cls, x, y):
        print('__new__', x, y)
        return super().__new__(cls)
    def __init__(self, x, y):
        print('__init__', x, y)
        self.x, self.y = x, y
p = Point(1, 2)
print(p.x, p.y)
class Other:
    pass
class Weird:
    def __new__(cls):
        return Other()
    def __init__(self):
        print('never called because __new__ returned another type')
w = Weird()
print(type(w).__name__)
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print('TypeError:', e)
print('class body executes at definition:')
class Loud:
    print('  inside class body')
    x = 1
    print('  x is', x)
print(Loud.x)
