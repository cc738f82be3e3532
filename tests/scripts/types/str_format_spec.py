# format() with spec mini-language
print(format(42), format(42, 'd'), format(42, '5d') + '|', format(42, '<5') + '|', format(42, '^6') + '|')
print(format(-42, '=+8'), format(42, '=+8'), format(42, '*^+9'), format(-3, '08d'), format(3, '08d'))
print(format(255, 'b'), format(255, 'o'), format(255, 'x'), format(255, 'X'), format(255, '#b'), format(255, '#o'), format(255, '#x'), format(255, '#X'))
print(format(65, 'c'), format(1234567, ','), format(1234567, '_'), format(0xFFFFFF, '_x'), format(1234567.891, ',.2f'))
print(format(3.14159, 'e'), format(3.14159, 'E'), format(3.14159, '.3e'), format(3.14159, 'f'), format(3.14159, 'F'), format(float('inf'), 'F'), format(float('nan'), 'f'))
print(format(3.14159, 'g'), format(1e-5, 'g'), format(1e16, 'g'), format(123456, 'g'), format(1234567, 'g'), format(1e-5, 'G'), format(0.5, '.0g'))
print(format(0.125, '%'), format(0.125, '.1%'), format(1, '%'), format(1234.5, 'n'), format(1234, 'n'))
print(format(3.14159, '.2'), format(1e100, '.3'), format(2.0, ''), format(1/3, '.5'), format(100.0, 'g'), format(100.0, '#g'))
print(format(-0.0, 'f'), format(-0.0, '+f'), format(0.0, '+.1f'), format(-1e-10, '.2f'))
print(format('abc', '>6') + '|', format('abc', '.<6') + '|', format('abc', '^7') + '|', format('abc', '.2') + '|', format('abc', '') + '|')
print(format(True, ''), format(True, 'd'), format(None, ''), format([1, 2], ''))
print(format(12, '+'), format(-12, ' '), format(12, ' '), format(12.5, '+.1f'), format(12, '-'))
print(format(1e6, ',.0f'), format(-1234.5678, '_.2f'), format(123, '010,'), format(1234, '010,'))
print(format(5, '#010b'), format(-5, '#010b'), format(255, '#06x'), format(3.5, '010.2f'), format(-3.5, '010.2f'))
print(format(2 ** 70, ','), format(2 ** 70, 'x'), format(-(2 ** 70), 'e'))
print(format(0.1, '.17f'), format(1.5, '.0f'), format(2.5, '.0f'), format(0.05, '.1f'), format(1e22, 'f'))
for spec in ['d', 'z', ',s']:
    try:
        print(format('x', spec))
    except ValueError as e:
        print('ValueError:', e)
try:
    format(1.5, 'd')
except ValueError as e:
    print('ValueError:', e)
