# int methods and conversions
print((10).bit_length(), (-10).bit_length(), (1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'))
print(int.from_bytes(b'\x00\x10', 'big'), int.from_bytes(b'\x00\x10', 'little'), int.from_bytes(b'\xff', 'big', signed=True))
print((-1).to_bytes(2, 'big', signed=True), (255).to_bytes(1, 'big'))
print((6).as_integer_ratio(), (7).conjugate(), (5).real, (5).imag, (5).numerator, (5).denominator)
print(int(), int(3.99), int(-3.99), int('  12  '), int(True), int('0'), int('-0'), int(1e20))
print(int('1010', 2), int('z', 36), int('0x1f', 16), int('1_000_000'), int('0b101', 0), int('-0o17', 0))
for bad in ['abc', '1.5', '', ' ', '1__0', '_1', '0x', '12a']:
    try:
        int(bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    int('9', 8)
except ValueError as e:
    print('ValueError:', e)
try:
    int(float('inf'))
except OverflowError as e:
    print('OverflowError:', e)
try:
    int(float('nan'))
except ValueError as e:
    print('ValueError:', e)
try:
    int(None)
except TypeError as e:
    print('TypeError:', e)
print((255).__index__(), hex(255), oct(8), bin(5), hex(-255), bin(-5), oct(0))
print(abs(-7), (-7).__abs__(), (3).__neg__())
print((17).bit_count(), (0).bit_count())
print(isinstance(5, int), type(5) is int, int is type(0))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(7), round(7, 2))
