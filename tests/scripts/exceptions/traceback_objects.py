# __traceback__, sys.exc_info()[2] and __exit__'s third argument are traceback objects
import sys

def inner():
    raise ValueError("deep")

def outer():
    inner()

try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    print(type(tb).__name__)
    depth = 0
    while tb is not None:
        depth += 1
        tb = tb.tb_next
    print("depth", depth)
    print(sys.exc_info()[2] is not None)

print(ValueError("never raised").__traceback__)
print(sys.exc_info())

class Exit:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print(t, type(tb).__name__, tb.tb_next is None)
        return True

with Exit():
    raise KeyError("k")
with Exit():
    outer()
