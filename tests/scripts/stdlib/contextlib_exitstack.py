from contextlib import ExitStack, contextmanager

class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return self.suppress

with ExitStack() as stack:
    names = [stack.enter_context(CM(n)) for n in "abc"]
    print(names)
    stack.callback(print, "callback", 1, sep="-")
print("done")

with ExitStack() as stack:
    stack.enter_context(CM("s", suppress=True))
    stack.enter_context(CM("t"))
    raise ValueError("v")
print("suppressed by inner stack member")

def exit_fn(t, v, tb):
    print("exit_fn", t.__name__ if t else None)
    return True
with ExitStack() as stack:
    stack.push(exit_fn)
    stack.push(CM("pushed"))
    1 / 0
print("after push")

with ExitStack() as stack:
    stack.enter_context(CM("kept"))
    moved = stack.pop_all()
print("popped; now closing")
moved.close()

try:
    with ExitStack() as stack:
        stack.enter_context(CM("one"))
        def bad(*a):
            raise KeyError("from callback")
        stack.push(bad)
        raise ValueError("body")
except KeyError as e:
    print("KeyError", e, "context:", repr(e.__context__))

try:
    with ExitStack() as stack:
        stack.enter_context(42)
except TypeError as e:
    print("TypeError:", e)

cb = ExitStack().callback(len, [1])
print(cb)

s = ExitStack()
s.callback(print, "closed explicitly")
s.close()
s.close()

@contextmanager
def res(n):
    print("open", n)
    yield n
    print("close", n)
with ExitStack() as st:
    vals = [st.enter_context(res(i)) for i in range(3)]
    print(vals)
