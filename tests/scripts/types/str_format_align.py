# building tables with format specs
rows = [('apple', 3, 1.5), ('banana', 12, 0.25), ('kiwi', 100, 12.125)]
print('{:<10}|{:>5}|{:>8}'.format('name', 'qty', 'price'))
print('-' * 25)
for name, qty, price in rows:
    print('{:<10}|{:>5d}|{:>8.2f}'.format(name, qty, price))
for name, qty, price in rows:
    print(f'{name:^10}|{qty:05d}|{price:+08.3f}')
for name, qty, price in rows:
    print('%-10s|%5d|%8.2f' % (name, qty, price))
print('{0:=^20}'.format(' TOTAL '))
print('{:>{}}'.format('dyn', 7), '{:{}{}}'.format('x', '>', 4), '{:.{}f}'.format(3.14159, 3))
print('|{:10}|{:<10}|{:>10}|{:^10}|'.format(42, 42, 42, 42))
print('|{:10}|{:<10}|{:>10}|{:^10}|'.format('s', 's', 's', 's'))
