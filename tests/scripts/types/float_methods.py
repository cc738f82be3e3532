# float methods and conversions
print((2.0).is_integer(), (2.5).is_integer(), (-0.0).is_integer())
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.75).as_integer_ratio(), (3.0).as_integer_ratio())
print((1.0).hex(), (0.5).hex(), (-0.1).hex(), float.fromhex('0x1.8p1'), (0.0).hex())
print(float('inf'), float('-inf'), float('nan'), float('Infinity'), float('-iNF'), float('NaN'))
print(float(' 1.5 '), float('1e3'), float('-.5'), float('+2.'), float('1_0.5'), float(7), float(2 ** 60), float(True))
print(int(2.9), int(-2.9), int('-12'), int(1e3), round(2.9), round(-2.9))
print(round(3.14159, 2), round(3.14159, 0), round(3.14159, 4), round(2.5, 0), round(1.25, 1), round(1.35, 1), round(12345.6789, -1))
print(round(0.5 + 1e-16), round(-0.5), round(-1.5), round(1e300), round(1.5e-300, 3))
for bad in ['abc', '', '1.2.3', '1e', 'inf inf', '0x1p3']:
    try:
        float(bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    round(float('inf'))
except OverflowError as e:
    print('OverflowError:', e)
try:
    round(float('nan'))
except ValueError as e:
    print('ValueError:', e)
print((3.7).real, (3.7).imag, (3.7).conjugate(), abs(-3.7), -(3.7))
print(float.__name__, isinstance(1.0, float), isinstance(1, float))
print(1.0 == 1, hash(1.0) == hash(1), hash(0.5) == hash(0.5), hash(-0.0) == hash(0.0))
print(3.0 // 0.7, 3.0 % 0.7, 1e308 + 1e308, -1e308 - 1e308)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    2.0 ** 10000
except OverflowError as e:
    print('OverflowError raised')
print(str(1e-4), str(1e-5), str(123456789012.0), str(1.0e15), str(0.000123456))
