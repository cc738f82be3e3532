# Fixed-point float formatting ('.Nf', '%.Nf', '%'): correct half-even
# rounding on the exact binary value, signs of zero, tiny and huge values,
# padding and grouping around the digits.
xs = [0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 2.675, 1.005, 9.995, 99.995,
      0.045, 1e-5, -1e-5, 5e-324, -5e-324, 2.2250738585072014e-308, 1e16, 1e17,
      123456789.123, 4503599627370497.5, 2.0 ** 60, 2.0 ** 74, 1e22, 1e300, -1e300,
      1.7976931348623157e308, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, 7.0e-18, 0.0049999999999999996]
for x in xs:
    print(repr(x), [format(x, ".%df" % p) for p in (0, 1, 2, 3, 6, 10, 17)])
    print("  ", "%.2f|%10.3f|%-10.1f|%+.0f|% .4f|%#.0f" % (x, x, x, x, x, x),
          f"{x:.2f} {x:12,.2f} {x:_.1f} {x:.3%} {x:=+12.2f} {x:z.1f}")
seed = 7
for _ in range(300):
    seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
    x = (seed % 10000000) / 128.0 - 20000
    y = seed / 1000.0
    print(f"{x:.2f} {y:.3f} {x:.0f} {y:.5f}", end=";")
print()
print(f"{2.675:.2f}", f"{-2.675:.2f}", f"{0.125:.2f}", f"{float('inf'):.2f}",
      f"{float('-inf'):.1f}", f"{float('nan'):.3f}", f"{1.5:.18f}", f"{1.5:.20f}")
for i in [0, 7, -7, 1234567, -1234567, 2 ** 63 - 1]:
    print(f"{i:04d}|{i:>16,}|{i:_x}|{i:#b}|{i:+d}|{i:=10d}|{i:08,d}|{i:x}|{i:X}|{i:o}")
