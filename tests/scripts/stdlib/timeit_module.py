# timeit: types and properties only (no times printed)
import time
import timeit

calls = []


def work():
    calls.append(1)


t = timeit.timeit(work, number=25)
print(type(t).__name__, t >= 0.0, len(calls))
t = timeit.timeit('x = sum(range(10))', number=100)
print(type(t).__name__, t >= 0.0)
counter = {'n': 0}
t = timeit.timeit("counter['n'] += 1", number=7, globals={'counter': counter})
print(counter['n'])
t = timeit.timeit('y.append(1)', setup='y = []\nz = 2', number=3)
print(t >= 0)
r = timeit.repeat('pass', repeat=4, number=10)
print(type(r).__name__, len(r), all(isinstance(x, float) and x >= 0 for x in r))
timer = timeit.Timer('for i in range(3):\n    pass', setup='a = 1')
print(timer.timeit(5) >= 0, len(timer.repeat(2, 5)))
print(timeit.default_timer is time.perf_counter, timeit.default_timer() > 0)
ticks = iter(range(100))
fake = timeit.Timer('pass', timer=lambda: next(ticks) * 1.0)
print(fake.timeit(10), fake.repeat(3, 1))
setup_calls = []
print(timeit.Timer(work, setup=lambda: setup_calls.append(1), timer=lambda: 0.0).timeit(4), len(setup_calls))
n, secs = timeit.Timer('pass', timer=iter([0.0, 0.0, 0.0, 0.5]).__next__).autorange()
print(n, secs)
for bad in [lambda: timeit.timeit(5), lambda: timeit.timeit('pass', setup=3), lambda: timeit.timeit('undefined_name', number=1), lambda: timeit.timeit('pass', number='x')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
try:
    timeit.Timer('1 +')
except SyntaxError as e:
    print('SyntaxError', e.msg)
