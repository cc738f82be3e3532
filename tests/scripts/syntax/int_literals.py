# integer literals in every base, with underscores
print(0, 7, -7, +7)
print(0x1F, 0XfF, 0o17, 0O777, 0b1011, 0B11)
print(1_000_000, 0x_FF_FF, 0b_1010_1010, 0o_7_7)
print(00, 0_0)
print(123456789012345678901234567890)
print(0xFFFFFFFFFFFFFFFFFFFF)
print(-0x10, -0o10, -0b10)
print(type(0x10).__name__)
x = 1_2_3
print(x, x + 1)
print(10 ** 20, 2 ** 64, -(2 ** 63))
