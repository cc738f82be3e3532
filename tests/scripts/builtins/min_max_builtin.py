# min/max in every form
print(min(1, 2), max(1, 2), min([3, 1, 2]), max((3, 1, 2)), min('bca'), max({5: 'x', 9: 'y'}))
print(min(1, 2, key=lambda v: -v), max(['apple', 'fig', 'banana'], key=len), min(['apple', 'fig', 'kiwi'], key=len))
print(max([], default='empty'), min([], default=None), max([1], default=0), min((), default=-1))
print(max([2, 3, 3.0, 1]), max([3.0, 3]), min([0, False]), min([False, 0]))
print(max([(1, 'b'), (1, 'a'), (0, 'z')]), min('hello world'.split(), key=len))
print(max([[1, 2], [1, 2, 0]]), min([{1}, {1}]) == {1}, max(range(10), key=lambda v: v % 4))
print(max(-0.0, 0.0), max(0.0, -0.0), min(float('nan'), 1), max(1, float('inf')))
for bad in [lambda: max(), lambda: min([]), lambda: max(1), lambda: min(1, 'a'), lambda: max([], [], default=1)]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
