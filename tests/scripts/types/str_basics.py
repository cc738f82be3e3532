# indexing, slicing, iteration, in, comparison, len, ord/chr, repetition
s = 'Python'
print(s[0], s[-1], s[2], s[-3], len(s))
print(s[1:4], s[:2], s[4:], s[::-1], s[::2], s[-2:])
try:
    s[10]
except IndexError as e:
    print('IndexError:', e)
try:
    s[0] = 'J'
except TypeError as e:
    print('TypeError:', e)
for ch in 'abc':
    print(ch, ord(ch))
print([c for c in 'héllo'])
print('th' in s, 'TH' in s, '' in s)
print('apple' < 'banana', 'apple' < 'Apple', 'a' * 3 < 'aaaa', 'b' > 'abc')
print(len('héllo'), len('日本語'), len('😀'), len('\u0301e'))
print(ord('A'), ord('é'), ord('€'), ord('😀'), chr(97), chr(233), chr(8364), chr(128512))
print('ab' * 3, 3 * 'xy', 'a' * 0, 'a' * -1, repr('' * 100))
print('a' + 'b' + 'c', str(12) + 'x')
print(str(), str(3.5), str([1, 'a']), str(None))
multi = """first
  second
third"""
print(multi, len(multi.splitlines()))
print(max('hello'), min('hello'), sorted('cba'), list('hey'))
print('abc' == 'abc', 'abc' != 'abd', 'a' == 'a ')
t = 'x'
t += 'y'
print(t)
try:
    chr(-1)
except ValueError as e:
    print('ValueError:', e)
try:
    ord('ab')
except TypeError as e:
    print('TypeError:', e)
