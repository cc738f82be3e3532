# f-strings: fields, expressions, conversions
name = 'krait'
n = 42
print(f'hello {name}!')
print(f"{n} + 1 = {n + 1}")
print(F'{name.upper()} {len(name)}')
print(f'{name!r} {name!s} {"é"!a}')
print(f'{{literal braces}} {n}')
print(f'{[1, 2, 3]} {(1, 2)} {dict(a=1)}')
print(f'{n if n > 10 else 0}')
print(f'{"nested " + "quotes"}')
items = ['a', 'b']
print(f'{items[0]}{items[-1]}')
d = {'k': 'v'}
print(f"{d['k']}")
print(f'''triple {n}
second line {name}''')
print(rf'raw \n {n}', fr'{n}\t')
print(f'{3.14159:.2f} {n:5d}|{n:<5}|{n:^7}|{n:>4}')
print(f'{n:#x} {n:#o} {n:#b} {n:08.3f}')
print(f'{1234567:,} {1234567:_} {0.25:%}')
