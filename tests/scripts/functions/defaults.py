# default arguments, including the mutable default gotcha
def greet(name, greeting='Hello', punct='!'):
    return greeting + ', ' + name + punct
print(greet('Ann'))
print(greet('Bob', 'Hi'))
print(greet('Cy', punct='?'))
print(greet(greeting='Yo', name='Di'))
def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
def safe_append(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(safe_append(1), safe_append(2))
counter = 10
def snapshot(v=counter):
    return v
counter = 20
print(snapshot())
print(len(append_to.__defaults__[0]))
def kd(a, b=2, *, c=3, d):
    return a, b, c, d
print(kd(1, d=4), kd(1, 5, d=6, c=7))
print(greet.__defaults__)
