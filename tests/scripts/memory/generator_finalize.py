# A suspended generator that is freed runs its finally blocks (close()).
import gc


def worker(name):
    try:
        yield 1
        yield 2
    finally:
        print("finally", name)


g = worker("del")
next(g)
del g
print("after del")


def consume_one():
    g = worker("scope")
    return next(g)


print(consume_one())

g = worker("never-started")
del g
print("not started: no finally")

g = worker("finished")
list(g)
del g

# In a cycle: collected by gc, finally runs once.
g = worker("cycle")
next(g)
holder = [g]
holder.append(holder)
del g, holder
print("collected:", gc.collect() > 0)


def with_cm():
    class CM:
        def __enter__(self):
            return self

        def __exit__(self, *a):
            print("exit called with", a[0].__name__)
            return False
    with CM():
        yield "in with"


g = with_cm()
print(next(g))
g = None


def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2


g = ignores_exit()
next(g)
del g
print("ignored GeneratorExit reported, not raised")
