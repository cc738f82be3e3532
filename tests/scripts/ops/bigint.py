# arbitrary precision integers
print(2 ** 200)
f = 1
for i in range(1, 51):
    f *= i
print(f)
print(len(str(f)))
print(-(2 ** 100), (-2) ** 101)
a = 2 ** 128 - 1
b = 3 ** 80
print(a + b, a - b, b - a)
print(a * b)
print(a // 12345, a % 12345, -a // 12345, -a % 12345)
print(divmod(b, a), divmod(-b, 7))
print(a & b, a | b, a ^ b)
print(~a, -a >> 64, a >> 100, 1 << 130)
print(10 ** 30 // 10 ** 15, 10 ** 30 / 10 ** 15)
print(pow(7, 300, 10 ** 9 + 7))
print(abs(-(10 ** 25)))
print(2 ** 64 == 18446744073709551616, 2 ** 63 - 1 < 2 ** 63)
print(hex(2 ** 100), oct(3 ** 40), bin(2 ** 70 + 1))
print(int('123456789' * 4), int('-' + '9' * 30) + 1)
print(sum(range(10 ** 6)) * 10 ** 12)
print(12345678901234567890 * 98765432109876543210)
print(float(2 ** 100), 2 ** 100 / 3)
print((2 ** 64) % 1000, (-(2 ** 64)) % 1000)
m = 1
for i in range(100):
    m = m * 3 + i
print(m)
print(hash(2 ** 100) == hash(2 ** 100), (10 ** 20).bit_length())
