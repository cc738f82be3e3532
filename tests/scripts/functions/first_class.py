# functions as values, lambdas in lists and dicts
def double(x):
    return 2 * x
def square(x):
    return x * x
ops = [double, square, lambda x: -x, abs]
print([f(-3) for f in ops])
table = {'d': double, 's': square}
print(table['s'](9), table['d'](9))
def apply(f, *args):
    return f(*args)
print(apply(max, 3, 7, 5), apply(len, 'four'))
def compose(f, g):
    return lambda x: f(g(x))
print(compose(double, square)(3), compose(square, double)(3))
alias = double
print(alias is double, alias.__name__)
print(double == double, double != square)
def returns_function():
    def inner():
        return 'inner called'
    return inner
print(returns_function()())
print(callable(double), callable(3))
print(sorted([3, -1, 2], key=abs), list(map(square, [1, 2, 3])))
print(type(double).__name__, type(lambda: 0).__name__)
handlers = []
for name in ['a', 'b']:
    handlers.append((name, lambda n=name: n.upper()))
print([(n, h()) for n, h in handlers])
