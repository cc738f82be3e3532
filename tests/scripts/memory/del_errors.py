# Exceptions in __del__ are reported ("Exception ignored in") and swallowed;
# resurrection keeps the object and __del__ does not run twice.
import sys

saved = []


class Phoenix:
    calls = 0

    def __del__(self):
        Phoenix.calls += 1
        saved.append(self)


p = Phoenix()
p.value = 42
del p
print("resurrected:", len(saved), saved[0].value, Phoenix.calls)
saved.clear()
print("after second death:", Phoenix.calls)


class Bad:
    def __del__(self):
        raise RuntimeError("from __del__")


Bad()
print("still running")


def make_and_drop():
    b = Bad()
    return "done"


print(make_and_drop())


class Reentrant:
    def __del__(self):
        # A finaliser that allocates, and drops objects with finalisers.
        tmp = [Noisy("inner") for _ in range(2)]
        del tmp


class Noisy:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("noisy", self.n)


Reentrant()
print("after reentrant")


class Counter:
    count = 0

    def __del__(self):
        Counter.count += 1


for i in range(1000):
    Counter()
print("counted:", Counter.count)
sys.stderr.write("last line\n")
