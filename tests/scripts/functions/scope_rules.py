# LEGB scoping rules, class scope, comprehension scope
x = 'global'
def outer():
    x = 'enclosing'
    def inner():
        return x
    return inner()
print(outer())
def local_wins():
    x = 'local'
    return x
print(local_wins(), x)
class C:
    x = 'class'
    y = x + ' attr'
    def method(self):
        return x
    items = [x for _ in range(2)]
print(C.y, C().method(), C.items)
def builtin_shadow():
    len = lambda s: 'shadowed'
    return len('abc')
print(builtin_shadow(), len('abc'))
def reads_global_after():
    return later_defined
later_defined = 'defined after the function'
print(reads_global_after())
def nested_counter():
    n = 0
    def a():
        def b():
            nonlocal n
            n += 1
            return n
        return b
    fb = a()
    fb(); fb()
    return n
print(nested_counter())
def param_shadow(x):
    return x
print(param_shadow('param'), x)
def comp_scope():
    y = 10
    return [y + i for i in range(3)]
print(comp_scope())
def del_global():
    global temp
    del temp
temp = 1
del_global()
print('temp' in globals())
