# bitwise operations in detail
for a in [0, 1, 5, -1, -5, 255, 2 ** 70, -(2 ** 70)]:
    print(a, a & 0xF, a | 0x10, a ^ 0xFF, ~a, a << 3, a >> 1)
print(0b1100 & 0b1010, 0b1100 | 0b1010, 0b1100 ^ 0b1010)
mask = 0
for bit in [0, 3, 5]:
    mask |= 1 << bit
print(mask, bin(mask), [b for b in range(8) if mask >> b & 1])
print(-1 >> 100, -(2 ** 100) >> 99, 1 >> 100, (2 ** 100) >> 98)
try:
    1 << -1
except ValueError as e:
    print('ValueError:', e)
try:
    1.0 & 1
except TypeError as e:
    print('TypeError:', e)
print(True & True, True | False, True ^ True, type(True ^ False).__name__, type(True & 1).__name__)
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print([popcount(i) for i in range(17)], popcount(2 ** 64 - 1))
x = 0xDEADBEEF
print(hex(x >> 16), hex(x & 0xFFFF), hex((x << 4) & 0xFFFFFFFF), hex(x ^ 0xFFFFFFFF))
