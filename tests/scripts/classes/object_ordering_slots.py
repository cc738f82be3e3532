# object defines __lt__/__le__/__gt__/__ge__ returning NotImplemented.
class V: pass
print(hasattr(V, '__le__'), V.__lt__(V(), V()), object.__ge__(1, 2), hasattr(object(), '__gt__'))
for op in ['<', '<=', '>', '>=']:
    try:
        eval('V() ' + op + ' V()')
    except TypeError as e:
        print(e)
class W:
    def __gt__(self, o): return 'W.gt'
print(V() < W(), W() > V())
print(sorted([3, 1, 2]), 1 < 2.5, 'a' < 'b', [1] < [2], (1, 2) < (1, 3))
