# f-strings formatting numbers with every kind of spec
n = 1234567.891
i = -42
print(f'{n}|{n:.1f}|{n:,.2f}|{n:_.3f}|{n:e}|{n:.2E}|{n:g}|{n:.3g}|{n:%}')
print(f'{i}|{i:5}|{i:<5}|{i:^5}|{i:05}|{i:+}|{i:x}|{i:#x}|{i:b}')
print(f'{255:08b}|{255:o}|{255:X}|{255:#010x}|{65:c}|{1e3:n}')
print(f'{0.1:.20f}|{1/3:.15g}|{2/3:.2%}|{1e-7:f}|{1e-7}')
print(f'{True:d}|{True}|{False!s:>6}|{None!r:^8}|')
w, p = 12, 4
print(f'{n:{w}.{p}f}|{n:>{w},}|{"str":{w}}|{i:{"+" if i > 0 else "-"}}')
print(f'{7:>4}|{[1, 2]!s:>8}|{(1,)}')
for v in [0.0, 1.0, -1.0, 0.5, 1e100, float('inf'), float('-inf'), float('nan')]:
    print(f'{v!r:>8} {v:>10.3} {v:<10g}|')
