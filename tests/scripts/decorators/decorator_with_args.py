# decorator factories
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hi(x):
    return 'hi ' + x
print(hi('there'))
def tag(name):
    def deco(fn):
        fn.tag = name
        return fn
    return deco
@tag('important')
def task():
    return 1
print(task(), task.tag)
