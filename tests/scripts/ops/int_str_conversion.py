# int <-> str conversions with bases, and round trips
for n in [0, 1, -1, 255, -255, 2 ** 31, 10 ** 18, -(2 ** 65)]:
    print(n, str(n), hex(n), oct(n), bin(n), int(str(n)), int(hex(n), 16), int(oct(n), 8), int(bin(n), 2))
for base in [2, 3, 8, 10, 16, 36]:
    print(base, int('101', base), int('11', base))
def to_base(n, b):
    digits = '0123456789abcdefghijklmnopqrstuvwxyz'
    if n == 0:
        return '0'
    sign = '-' if n < 0 else ''
    n = abs(n)
    out = ''
    while n:
        out = digits[n % b] + out
        n //= b
    return sign + out
print([to_base(255, b) for b in (2, 7, 16, 36)], to_base(-100, 3))
print(int(to_base(10 ** 30, 36), 36) == 10 ** 30)
print(int(' -0x1F ', 16), int('0X1f', 0), int('  42\n'), int('٣'), int('12_34'))
try:
    int('0x1f', 10)
except ValueError as e:
    print('ValueError:', e)
try:
    int('10', 1)
except ValueError as e:
    print('ValueError:', e)
try:
    int('10', 37)
except ValueError as e:
    print('ValueError:', e)
print(str(10 ** 50), len(str(2 ** 1000)), str(-0), str(+7))
