# print with sep, end, file, flush
import sys
print()
print('a', 'b', 'c')
print('a', 'b', 'c', sep='')
print('a', 'b', 'c', sep=', ')
print('x', end='')
print('y', end='!\n')
print('no newline', end=' ')
print('continued')
print(1, 2.5, None, True, [1], (2,), {'k': 'v'}, sep='|')
print('to stderr', file=sys.stderr)
print('flushed', flush=True)
print('to stdout explicitly', file=sys.stdout)
print(*range(5))
print(*'abc', sep='-', end='.\n')
print('sep None', 'works', sep=None)
print('end None', end=None)
print('multi\nline')
print('')
print(sep='x')
class S:
    def __str__(self):
        return 'custom str'
print(S(), 'after')
try:
    print('x', sep=5)
except TypeError as e:
    print('TypeError:', e)
sys.stdout.write('direct write\n')
print(sys.stdout.write('abc'))
