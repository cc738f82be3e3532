# While loops test their condition at the top once and then at the bottom of
# each iteration: every form of condition, continue/break/else, a condition
# whose value changes type, side effects in the condition, and the line an
# error in the condition reports on a later iteration.
import sys


def count(n):
    out = []
    while n > 0:
        out.append(n)
        n -= 1
    return out


def with_continue(xs):
    i, kept = 0, []
    while i < len(xs):
        i += 1
        if xs[i - 1] % 3 == 0:
            continue
        kept.append(xs[i - 1])
    else:
        kept.append("else")
    return kept


def boolops(a, b):
    steps = 0
    while a and not b:
        steps += 1
        a -= 1
        b = steps > 3
    while not a or b > 10:
        a, b = 1, 0
        steps += 100
    while a < 5 < 10 or b is None:
        a += 1
        steps += 1000
    return steps, a, b


def side_effects():
    it = iter([3, 2, 1, 0, 9])
    seen = []
    while (v := next(it)):
        seen.append(v)
    return seen, next(it)


def truthiness(things):
    out = []
    while things:
        out.append(things.pop())
    return out, things


def changes_type():
    x, out = 3, []
    while x:
        out.append(x)
        x = {3: 2.5, 2.5: "s", "s": [0], (0,): ()}.get(x if not isinstance(x, list) else tuple(x), 0)
    return out


def error_later(n):
    while 10 // n:
        n -= 1


def constants():
    n = 0
    while True:
        n += 1
        if n == 5:
            break
    while 1:
        n += 10
        if n > 30:
            break
    while "x":
        break
    while 0:
        n = -1
    else:
        n += 1000
    return n


def nested():
    i, total = 0, 0
    while i < 4:
        j = 0
        while j < i:
            if j == 2:
                break
            total += i * j
            j += 1
        else:
            total += 100
        i += 1
    return total


print(count(5), count(0), count(-2))
print(with_continue(list(range(10))), with_continue([]))
print(boolops(5, False), boolops(0, 20))
print(side_effects())
print(truthiness([1, 2, 3]), truthiness(""), truthiness({}))
print(changes_type())
print(constants(), nested())
try:
    error_later(3)
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print("ZeroDivisionError", e, tb.tb_lineno - error_later.__code__.co_firstlineno)


def gen(n):
    while n:
        yield n
        n -= 1


print(list(gen(4)), sum(gen(100)))
