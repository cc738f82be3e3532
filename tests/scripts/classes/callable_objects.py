# __call__ and objects used like functions
class Multiplier:
    def __init__(self, factor):
        self.factor = factor
        self.calls = 0
    def __call__(self, x, y=1):
        self.calls += 1
        return x * self.factor * y
triple = Multiplier(3)
print(triple(2), triple(2, y=5), triple.calls, callable(triple))
print(list(map(triple, [1, 2, 3])), sorted([3, -1, 2], key=Multiplier(-1)))
class Accumulator:
    def __init__(self):
        self.total = 0
    def __call__(self, *values):
        for v in values:
            self.total += v
        return self
acc = Accumulator()
print(acc(1)(2, 3)(4).total)
class Factory:
    def __call__(self):
        return Factory()
f = Factory()
print(type(f()).__name__, type(f()()).__name__)
try:
    Multiplier(1)()
except TypeError as e:
    print('TypeError:', e)
