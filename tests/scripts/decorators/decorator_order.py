# decorator application order and evaluation of decorator expressions
order = []
def mark(name):
    order.append('factory ' + name)
    def deco(fn):
        order.append('apply ' + name)
        return fn
    return deco
@mark('outer')
@mark('inner')
def f():
    pass
print(order)
