# unary operators on various types
print(-5, +5, ~5, -(-5), --5, -+-5, ~~5)
print(-2.5, +2.5, -0.0, +(-0.0))
print(not True, not False, not None, not [], not [0], not not 'x')
print(-True, +True, ~True, -False)
print(-(2 ** 100), ~(2 ** 100), +(2 ** 100))
x = 7
print(-x, ~x, -x ** 2, (-x) ** 2, -x // 2, -(x // 2))
for bad in ['-"s"', '~1.5', '+[]', '~None']:
    try:
        if bad == '-"s"':
            v = 's'; -v
        elif bad == '~1.5':
            v = 1.5; ~v
        elif bad == '+[]':
            v = []; +v
        else:
            v = None; ~v
    except TypeError as e:
        print('TypeError:', e)
