from datetime import timedelta

def show(f):
    try:
        r = f()
        print(repr(r), str(r) if isinstance(r, timedelta) else "")
    except Exception as e:
        print(type(e).__name__, e)

print(repr(timedelta(days=1, seconds=3600)), timedelta(days=1, seconds=3600))
print(timedelta(seconds=-0.5), repr(timedelta(seconds=-0.5)))
print(repr(timedelta()), timedelta(weeks=2, days=-1, hours=25, minutes=61, milliseconds=1500))
for kw in [dict(days=1.5), dict(hours=0.1), dict(microseconds=0.5), dict(microseconds=1.5),
           dict(seconds=1e-7), dict(minutes=-1.25, microseconds=-0.5), dict(weeks=0.3333)]:
    print(kw, repr(timedelta(**kw)))
a = timedelta(hours=5, microseconds=7)
b = timedelta(minutes=7)
print(a + b, a - b, b - a, -a, +a, abs(-a))
print(a * 3, 3 * a, a * 0.3, a / 7, a / 2.5, a // 7, a / b, a // b, a % b, divmod(a, b))
print(a > b, a == timedelta(seconds=18000, microseconds=7), a != b, b <= a, a == 5)
print(a.total_seconds(), timedelta(days=-1).total_seconds(), a.days, a.seconds, a.microseconds)
print(bool(timedelta()), bool(b), hash(timedelta(hours=24)) == hash(timedelta(days=1)))
print(repr(timedelta.min), repr(timedelta.max), repr(timedelta.resolution))
print(timedelta.min, timedelta.max)
show(lambda: timedelta.max + timedelta.resolution)
show(lambda: timedelta.min - timedelta(1))
show(lambda: timedelta(days=10**9))
show(lambda: timedelta(days="1"))
show(lambda: timedelta(seconds=float("inf")))
show(lambda: timedelta(seconds=float("nan")))
show(lambda: a // 0)
show(lambda: a / timedelta(0))
show(lambda: timedelta(1) * 1.5)
show(lambda: divmod(timedelta(-1), timedelta(hours=5)))
print(sorted([a, b, timedelta(0), -b]))
print({timedelta(1): "x"}[timedelta(hours=24)])
