# functions returning from inside loops and conditionals
def first_negative(xs):
    for x in xs:
        if x < 0:
            return x
    return None
print(first_negative([1, -2, -3]), first_negative([1, 2]))
def implicit():
    x = 1
print(implicit())
def bare():
    return
print(bare())
def multi():
    return 1, 'two', [3]
a, b, c = multi()
print(a, b, c, multi())
def early(n):
    while True:
        if n <= 1:
            return 'done'
        n //= 2
        print('n', n)
print(early(20))
def nested_ret(x):
    if x:
        for i in range(3):
            for j in range(3):
                if i * j == x:
                    return (i, j)
    return 'none'
print(nested_ret(4), nested_ret(3), nested_ret(0))
