# Huge sequence repetition raises MemoryError/OverflowError instead of crashing.
cases = [
    lambda: "x" * (10**12),
    lambda: [0] * (10**12),
    lambda: (1, 2) * (10**12),
    lambda: b"ab" * (10**12),
    lambda: bytearray(b"ab") * (10**12),
    lambda: "ab" * (2**62),
    lambda: [0, 1] * (2**62),
]
for make in cases:
    try:
        make()
        print("no error")
    except (MemoryError, OverflowError) as e:
        print(type(e).__name__, repr(e))
print("still running:", "ab" * 3, [1] * 2, (1,) * 3, b"x" * 2, 3 * "z", [] * 5, "q" * -1)
