import time
t = time.time()
print(type(t).__name__, t > 1.6e9)
n = time.time_ns()
print(type(n).__name__, n > 1600000000 * 10 ** 9)
for f in [time.perf_counter, time.monotonic, time.process_time]:
    a = f(); b = f()
    print(type(a).__name__, b >= a)
for f in [time.perf_counter_ns, time.monotonic_ns]:
    a = f(); b = f()
    print(type(a).__name__, b >= a)
a = time.monotonic()
print(time.sleep(0.01))
print(time.monotonic() - a >= 0.009)
time.sleep(0)
for bad in [-1, "x"]:
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
