import operator
print(operator.add(1, 2), operator.mul('a', 3), operator.itemgetter(1)('abc'), operator.attrgetter('real')(5))
print(sorted([(1, 'b'), (0, 'a')], key=operator.itemgetter(1)), operator.methodcaller('upper')('x'))
print(operator.neg(5), operator.not_(0), operator.contains([1], 1), operator.truediv(1, 4))
