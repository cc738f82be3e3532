import copy
a = [1, [2, 3], {'k': [4]}]
b = copy.copy(a)
c = copy.deepcopy(a)
a[1].append(99); a[2]['k'].append(5); a.append('new')
print(b, c, b[1] is a[1], c[1] is a[1])
d = {'x': [1], 'y': (1, [2])}
e = copy.deepcopy(d)
d['x'].append(2); d['y'][1].append(3)
print(d, e)
t = (1, 2, 3)
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2]))[1] is not None)
shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc[1] is cyc)
class Node:
    def __init__(self, v, kids=None):
        self.v = v
        self.kids = kids or []
    def __repr__(self):
        return 'Node(%r, %r)' % (self.v, self.kids)
n = Node(1, [Node(2)])
n2 = copy.copy(n)
n3 = copy.deepcopy(n)
n.kids.append(Node(3))
print(n2, n3, type(n3).__name__, n2.kids is n.kids)
class Custom:
    def __init__(self):
        self.log = []
    def __copy__(self):
        return 'custom copy'
    def __deepcopy__(self, memo):
        return 'custom deepcopy'
print(copy.copy(Custom()), copy.deepcopy([Custom()]))
s = {1, 2}
print(copy.copy(s) == s, copy.copy(s) is s, copy.deepcopy(frozenset([1])))
