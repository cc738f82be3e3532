# The collector's generations: survivors move to older generations, a young
# collection leaves older garbage alone, the counters follow CPython's rules,
# and cycles through tuples (tracked only when they can be in a cycle) and
# deep trees with back references are found.
import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None


def in_gen(obj, gen):
    return any(o is obj for o in gc.get_objects(gen))


def where(obj):
    return [g for g in range(3) if in_gen(obj, g)]


gc.collect()
gc.disable()

# A survivor moves one generation per collection of its generation.
keep = Node("keep")
print("new:", where(keep))
gc.collect(0)
print("after collect(0):", where(keep))
gc.collect(0)
print("collect(0) again:", where(keep))
gc.collect(1)
print("after collect(1):", where(keep))
gc.collect()
print("after full:", where(keep))

# A full collection leaves every survivor in the oldest generation.
young = Node("young")
middle = Node("middle")
gc.collect(0)
print("before full:", where(young), where(middle))
gc.collect()
print("after full:", where(young), where(middle))

# Young collections after a full one examine only the young objects: a
# cycle in generation 2 survives them, a young one does not.
old_a = Node("old_a")
old_a.other = old_a
gc.collect()
yng = Node("yng")
yng.other = yng
del old_a, yng
print("young collections:", gc.collect(0), gc.collect(1))
print("full finds the old one:", gc.collect())

# Counters: a collection of g restarts 0..g and counts once in g + 1.
gc.collect()
print("after full:", gc.get_count()[1:])
gc.collect(0)
gc.collect(0)
print("two young:", gc.get_count()[1:])
gc.collect(1)
print("one middle:", gc.get_count()[1:])
gc.collect(2)
print("full again:", gc.get_count()[1:])

# Garbage that reached generation 1 is not found by collect(0).
a = Node("a")
b = Node("b")
a.other = b
b.other = a
gc.collect(0)
print("pair in gen 1:", where(a), where(b))
del a, b
print("collect(0) misses it:", gc.collect(0))
print("collect(1) finds it:", gc.collect(1) >= 2)
print("nothing left:", gc.collect())

# A cycle reached through nested tuples is still collected.
lst = []
t = ((lst,), 1)
lst.append(t)
print("tracked:", gc.is_tracked(t), gc.is_tracked(t[0]), gc.is_tracked(lst))
del lst, t
print("tuple cycle:", gc.collect() >= 3)

# Tuples of atoms are never tracked; containers make them tracked.
print(gc.is_tracked((1, "x", None)), gc.is_tracked(()), gc.is_tracked(([],)))
print(gc.is_tracked((Node("n"),)), gc.is_tracked(({},)), gc.is_tracked((1, (2, [3]))))

# A tree with parent links survives several collections, then goes at once.
class Tree:
    def __init__(self, parent, depth):
        self.parent = parent
        self.kids = [Tree(self, depth - 1) for _ in range(2)] if depth else []


def count(tree):
    return 1 + sum(count(k) for k in tree.kids)


root = Tree(None, 10)
for g in (0, 0, 1, 0):
    gc.collect(g)
print("tree size:", count(root), "root gen:", where(root))
leaf = root
while leaf.kids:
    leaf = leaf.kids[-1]
print("leaf gen:", where(leaf))
del root, leaf
found = gc.collect()
print("tree collected:", found >= 2047 * 2, found <= 2047 * 3)
print("nothing left:", gc.collect())

# Objects made by a finaliser during a collection are tracked afterwards.
made = []


class Maker:
    def __init__(self):
        self.me = self

    def __del__(self):
        n = Node("made")
        n.other = n
        made.append(n)


Maker()
gc.collect()
print("made:", len(made), gc.is_tracked(made[0]), where(made[0]) != [])
made.clear()
print("made cycle freed:", gc.collect() >= 1)

gc.enable()
# Automatic collections promote: a long-lived object ends up old.
old = Node("old")
junk = []
for i in range(30000):
    n = Node(i)
    n.other = n
print("old promoted:", where(old) in ([1], [2]))
stats = gc.get_stats()
print("young collections ran:", stats[0]["collections"] > 20, stats[0]["collected"] > 20000)
