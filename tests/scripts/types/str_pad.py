# zfill / center / ljust / rjust / partition / rpartition
print('42'.zfill(5), '-42'.zfill(5), '+42'.zfill(5), 'abc'.zfill(2), ''.zfill(3), '-'.zfill(3))
print('[' + 'ab'.center(6) + ']', '[' + 'ab'.center(7) + ']', '[' + 'abc'.center(6) + ']', '[' + 'ab'.center(7, '*') + ']')
print('[' + 'x'.ljust(4) + ']', '[' + 'x'.rjust(4) + ']', '[' + 'x'.ljust(4, '.') + ']', '[' + 'x'.rjust(4, '0') + ']')
print('[' + 'long'.center(2) + ']', '[' + 'long'.ljust(2) + ']', '[' + 'a'.center(4, '-') + ']', '[' + 'a'.center(2, '-') + ']')
try:
    'x'.center(5, 'ab')
except TypeError as e:
    print('TypeError:', e)
print('key=value=x'.partition('='), 'key=value=x'.rpartition('='))
print('noseparator'.partition('='), 'noseparator'.rpartition('='))
print('a->b'.partition('->'), '=start'.partition('='), 'end='.rpartition('='))
try:
    'abc'.partition('')
except ValueError as e:
    print('ValueError:', e)
for i in range(-1, 6):
    print(i, repr('ab'.center(i)), repr('abc'.center(i, '_')))
