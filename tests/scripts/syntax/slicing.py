# slicing with steps on lists, strings, tuples
s = list(range(10))
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2])
print(s[100:], s[-100:2], s[5:2], s[2:5:-1])
print('hello world'[::-1], 'hello'[1:-1], 'abcdef'[::3])
print((1, 2, 3, 4)[1:3], (1, 2, 3)[::-1])
print(s[-1:-4:-1], s[3:-3], s[-5:-2])
print(range(10)[2:8:3])
print('x'[5:], ''[::-1])
i, j = 1, 4
print(s[i:j], s[i:], s[:j])
print(s[slice(1, 9, 3)], s[slice(None, None, -3)])
