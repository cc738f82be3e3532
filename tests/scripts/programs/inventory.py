# dictionaries of records: grouping, aggregating, formatting a report
items = [
    ('widget', 'tools', 3, 2.50),
    ('gadget', 'tools', 1, 10.00),
    ('apple', 'food', 12, 0.25),
    ('bread', 'food', 2, 3.10),
    ('lamp', 'home', 1, 18.75),
    ('mug', 'home', 4, 4.00),
]
by_cat = {}
for name, cat, qty, price in items:
    by_cat.setdefault(cat, []).append({'name': name, 'qty': qty, 'price': price})
for cat in sorted(by_cat):
    rows = by_cat[cat]
    total = sum([r['qty'] * r['price'] for r in rows])
    print('%-6s %2d items  total %8.2f' % (cat, len(rows), total))
    for r in sorted(rows, key=lambda r: -r['qty'] * r['price']):
        print('  {name:<8}{qty:>4} x {price:>6.2f} = {sub:>7.2f}'.format(sub=r['qty'] * r['price'], **r))
grand = sum([q * p for _, _, q, p in items])
print('grand total: {:,.2f}'.format(grand))
cheapest = min(items, key=lambda t: t[3])
priciest = max(items, key=lambda t: t[3])
print(cheapest[0], priciest[0])
counts = {cat: len(v) for cat, v in by_cat.items()}
print(counts, list(counts.keys()))
