# find / rfind / index / rindex / count / startswith / endswith
s = 'hello world, hello python'
print(s.find('hello'), s.find('hello', 1), s.find('hello', 1, 10), s.find('zzz'), s.find(''))
print(s.rfind('hello'), s.rfind('hello', 0, 10), s.rfind('o'), s.rfind(''), s.find('o', -5))
print(s.index('world'), s.rindex('o'), s.index('l', 5), s.rindex('l', 0, 5))
for call in [lambda: s.index('zzz'), lambda: s.rindex('zzz')]:
    try:
        call()
    except ValueError as e:
        print('ValueError:', e)
print(s.count('l'), s.count('hello'), s.count(''), s.count('l', 5), s.count('l', 0, 4), 'aaaa'.count('aa'))
print(s.startswith('hello'), s.startswith('world'), s.startswith('world', 6), s.startswith(('x', 'he')))
print(s.endswith('python'), s.endswith('hello', 0, 18), s.endswith(('py', 'on')), s.endswith(''))
print('abc'.startswith('', 3), 'abc'.startswith('', 4), 'abc'.endswith('c', -1), 'abc'.startswith('b', -2))
print(''.find(''), ''.count(''), 'abc'.find('c', 10), 'abc'.find('', 10), 'abc'.find('', 3))
print('mississippi'.count('ss'), 'mississippi'.rfind('ss'), 'mississippi'.find('ssi', 3))
try:
    s.startswith(['he'])
except TypeError as e:
    print('TypeError:', e)
