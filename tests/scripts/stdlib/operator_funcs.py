import operator as op
print(op.add(2, 3), op.sub(5, 7), op.mul('ab', 3), op.truediv(7, 2), op.floordiv(-7, 2), op.mod(-7, 3), op.pow(2, 10))
print(op.neg(4), op.pos(-2), op.abs(-3.5), op.inv(5), op.invert(0), op.not_(0), op.truth([]))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.lshift(1, 5), op.rshift(256, 3))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.gt(1, 2), op.ge(3, 3), op.is_(None, None), op.is_not(1, None))
print(op.contains([1, 2], 2), op.countOf([1, 2, 1, 1], 1), op.indexOf('abc', 'c'), op.concat([1], [2]), op.index(7))
d = {'a': 1}
op.setitem(d, 'b', 2); print(d, op.getitem(d, 'b')); op.delitem(d, 'a'); print(d)
l = [1]
print(op.iadd(l, [2]) is l, l, op.imul(3, 4))
g = op.itemgetter(1)
print(g([10, 20, 30]), op.itemgetter(0, 2)('xyz'), op.itemgetter('k')({'k': 'v'}))
print(sorted([(1, 'b'), (0, 'c'), (2, 'a')], key=op.itemgetter(1)))
class P:
    def __init__(self, x, child=None):
        self.x = x
        self.child = child
    def scaled(self, k, plus=0):
        return self.x * k + plus
p = P(3, P(4))
print(op.attrgetter('x')(p), op.attrgetter('x', 'child.x')(p))
print(op.methodcaller('scaled', 2)(p), op.methodcaller('scaled', 2, plus=1)(p), op.methodcaller('upper')('abc'))
print(repr(op.itemgetter(1, 'a')), repr(op.attrgetter('x.y')), repr(op.methodcaller('f', 1, k=2)))
print(list(map(op.mul, [1, 2, 3], [4, 5, 6])))
try:
    op.attrgetter('zz')(p)
except AttributeError as e:
    print('AttributeError', e)

# op.index: ints pass through, __index__ on the type, TypeError otherwise.


class Seven:
    def __index__(self):
        return 7


class BadIndex:
    def __index__(self):
        return 'x'

print(op.index(5), op.index(True), op.index(Seven()))
for bad in [1.5, 'x', None, BadIndex()]:
    try:
        op.index(bad)
    except TypeError as e:
        print(type(e).__name__, e)
