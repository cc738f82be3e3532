# structural pattern matching
def describe(x):
    match x:
        case 0:
            return 'zero'
        case int(n) if n < 0:
            return 'negative int'
        case [a, b]:
            return 'pair %r %r' % (a, b)
        case {'k': v}:
            return 'dict with k=%r' % v
        case str() as s:
            return 'string ' + s
        case _:
            return 'other'
for v in [0, -3, [1, 2], {'k': 9}, 'hi', 3.5]:
    print(describe(v))
