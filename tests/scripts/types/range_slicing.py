# Slicing a range maps the clamped slice indices (not the length) onto the range.
print(range(4)[1::2], range(4)[1:-2:2], range(4)[::-1], range(4)[:])
print(range(1, 100, 5)[5:15:3], range(1, 100, 5)[15:5:-3], range(0)[1:5])
print(range(10, 0, -2)[1:], range(10, 0, -2)[::-2], range(7, -2, -4)[:])
print(range(3)[5:9], range(3)[-10:10], range(5)[3:1])
for r in [range(4)[1::2], range(1, 100, 5)[15:5:-3]]:
    print(list(r), len(r))
# slice.indices reports the clamped stop.
for s in [slice(None), slice(2, 7, 2), slice(2, 7, -2), slice(7, 2, -2), slice(-100, 100),
          slice(None, None, -1), slice(10, -10, -3)]:
    print(s.indices(5), s.indices(10), s.indices(0))
for bad in [(-1,), (None,)]:
    try:
        slice(1).indices(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    slice(0, 1, 0).indices(3)
except ValueError as e:
    print('ValueError:', e)
