# f-strings: nested format specs, = specifier, conversions with specs
width = 10
prec = 3
value = 3.14159265
print(f'[{value:{width}.{prec}f}]')
print(f'[{value:>{width}}]')
print(f'[{"x":*^{width}}]')
x = 5
print(f'{x=}')
print(f'{x = }')
print(f'{x*2=}')
print(f'{value=:.2f}')
s = 'hi'
print(f'{s=}')
print(f'{s=!s}')
print(f'{s!r:>8}')
print(f'{s!r:*<8}|')
class P:
    def __format__(self, spec):
        return 'P(' + spec + ')'
    def __repr__(self):
        return 'Prepr'
    def __str__(self):
        return 'Pstr'
p = P()
print(f'{p} {p!r} {p!s} {p:abc} {p:{x}}')
print(f'{"a" "b"}')
print(f'{x:{"<" if x > 3 else ">"}5}|')
print(f"{'nested {braces}'}")
print(f'{lambda_val}' if (lambda_val := 7) else 'no')
print(f'{x:+d} {-x:+d} {x: d}')
print(f'{12345.678:,.1f}')
print(f'{None} {True} {False!r}')
