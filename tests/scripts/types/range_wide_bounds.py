# Ranges whose bounds leave i64: CPython's range takes any int, and a
# range's length, indices and membership are arithmetic, never a scan.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

E20 = 10**20
big = range(E20)
print(big, repr(range(-E20, E20, 3)), range(2**63, 2**63 + 3))
show(lambda: len(big))
print(big[0], big[-1], big[10**19], big[-E20], range(0, E20, 7)[-1])
show(lambda: big[E20])
show(lambda: big[-E20 - 1])
show(lambda: range(10)[E20])
show(lambda: range(10)[-2**63 - 1])
show(lambda: big[1.5])
print(10**19 in big, E20 in big, -1 in big, E20 - 1 in big, True in big, 5 in big)
print(10**19 + 1 in range(0, E20, 2), 10**19 in range(0, E20, 2), 3.0 in range(5))
print(big.index(10**19), range(5, E20, 5).index(E20 - 5), big.count(10**19), big.count(E20))
show(lambda: big.index(E20))
show(lambda: range(0, E20, 2).index(3))
print(big.start, big.stop, big.step, range(-E20, 0, -E20).step)
print(type(big.stop).__name__, big.stop == E20, type(range(5).stop).__name__)

# Equality and hashing by value, across the i64 border.
print(big == range(0, E20), big == range(0, E20, 1), big != range(1, E20))
print(range(E20, E20) == range(0), range(E20, E20 + 1, 5) == range(E20, E20 + 2, 7))
print(range(2**63, 2**63 + 10, 3) == range(2**63, 2**63 + 11, 3))
print(hash(big) == hash(range(0, E20)), hash(range(E20, E20)) == hash(range(0)))
print(hash(range(E20, E20 + 1, 5)) == hash(range(E20, E20 + 2, 7)))
print(len({big, range(0, E20, 1), range(E20, 0), range(3, 3)}))
print(bool(big), bool(range(E20, 0)), bool(range(E20, 0, -1)), bool(range(-E20, -E20)))

# Iteration, forwards and reversed, and the iterator kinds.
print(list(range(2**63, 2**63 + 3)), list(range(-2**63 - 2, -2**63 + 1)))
print(list(range(0, 2**64, 2**62)), list(range(2**64, 0, -2**62)))
print(list(range(E20, E20 + 10, 4)), list(reversed(range(E20, E20 + 10, 4))))
rit = reversed(big)
print(next(rit), next(rit), next(rit))
it = iter(range(2**63 - 2, 2**63 + 1))
print(next(it), next(it), next(it), next(it, "done"), next(it, "done"))
print(type(iter(big)).__name__, type(reversed(big)).__name__, type(iter(range(9))).__name__)
print(type(iter(range(-2**63, 2**63 - 1))).__name__, type(reversed(range(2**63 - 2, 2**63 - 1))).__name__)
print(type(iter(range(2**63 - 3, 2**63 - 1))).__name__, type(reversed(range(0, 5, -2**63))).__name__)
print(sum(range(E20, E20 + 5)), max(range(E20, E20 + 5)), min(range(-E20, 0, E20 // 3)))
print([i for i in range(2**64 - 2, 2**64 + 2)], list(enumerate(range(E20, E20 + 2))))
print(list(zip(range(2), range(E20, E20 + 2))), list(map(abs, range(-E20, -E20 + 2))))
for i in range(2**63 + 1, 2**63 - 2, -1):
    print("down", i)

# Slicing: any bounds, and a result that leaves i64 is a wide range.
print(big[::2], big[10**19:], big[::-1], big[-5:], big[:-E20], big[E20 // 2:E20 // 2 + 3])
print(big[::10**19], big[::-10**19], big[2**70:], big[-2**70:2**70:2**65])
print(range(2**62, 2**63 - 1)[::-1], range(-2**63, 2**63 - 1, 2**62)[::-1])
print(range(-2**63, 2**63 - 1)[::-2**62], range(0, 2**62)[::2**62])
print(range(2**63 - 5, 2**63 - 1, 3)[1:], list(range(2**63 - 5, 2**63 - 1, 3)[::-1]))
print(range(0, 10)[::2**63], range(5)[2**64:], range(5)[-2**64:2])
show(lambda: big[::0])
show(lambda: big[1.5:])
print(len(big[::10**19]), len(range(-2**63, 2**63 - 1)[::3]))
show(lambda: len(range(-2**63, 2**63 - 1)))
print(range(-2**63, 2**63 - 1)[-1], range(-2**63, 2**63 - 1)[2**63], range(-2**63, 2**63 - 1).index(0))

# Construction: any ints, and the same errors as before.
print(range(True, 2**65, 2**64), range(-E20), range(E20, -E20, -E20))
show(lambda: range(E20, 0, 0))
show(lambda: range(1.5))
show(lambda: range(0, E20 + 0.5))
show(lambda: range(0, 1, 0))
show(lambda: range())
