# recursion over nested data: trees as tuples/dicts, memoized recursion
tree = ('root', [('a', [('a1', []), ('a2', [])]), ('b', [('b1', [('b11', [])])])])
def count(node):
    name, kids = node
    return 1 + sum([count(k) for k in kids])
def depth(node):
    name, kids = node
    return 1 + max([depth(k) for k in kids], default=0)
def paths(node, prefix=''):
    name, kids = node
    here = prefix + '/' + name
    out = [here]
    for k in kids:
        out.extend(paths(k, here))
    return out
print(count(tree), depth(tree))
for p in paths(tree):
    print(p)
def deep_sum(x):
    if isinstance(x, dict):
        return sum([deep_sum(v) for v in x.values()])
    if isinstance(x, (list, tuple)):
        return sum([deep_sum(v) for v in x])
    return x if isinstance(x, int) else 0
print(deep_sum({'a': [1, 2, {'b': 3}], 'c': (4, 'x', [5, [6]])}))
memo = {}
def ways(n, coins):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    key = (n, len(coins))
    if key not in memo:
        memo[key] = ways(n - coins[0], coins) + ways(n, coins[1:])
    return memo[key]
print(ways(100, [50, 25, 10, 5, 1]), len(memo))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print([ackermann(2, n) for n in range(4)], ackermann(3, 3))
