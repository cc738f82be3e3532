# statistics on int, float, Fraction and mixed data: every average, spread and
# quantile method, bit-identical to CPython (exact Fraction sums underneath).
import statistics as st
from fractions import Fraction as F
import random
data_sets = [
    [1, 2, 3, 4, 4],
    [2.5, 3.25, 5.5, 11.25, 11.75],
    [0.1, 0.2, 0.3, 0.4],
    [1e16, 1.0, -1e16, 3.0],
    [F(1, 2), F(3, 4), F(5, 4)],
    [1, 2.5, F(1, 3)],
    [True, False, True],
    [1, 3],
    [-1.5, 2.25, 7, 9.125, 1e-3, 3.3],
    list(range(1, 101)),
    [x / 7 for x in range(20)],
    [x * 1.1 for x in range(-10, 15)],
]
r = random.Random(12345)
data_sets.append([r.random() * 100 for _ in range(50)])
data_sets.append([r.randint(-1000, 1000) for _ in range(37)])
data_sets.append([r.gauss(0, 1e10) for _ in range(40)])
for d in data_sets:
    print('data', d[:6])
    for fn in [st.mean, st.fmean, st.median, st.median_low, st.median_high, st.median_grouped, st.mode, st.multimode,
               st.pstdev, st.pvariance, st.stdev, st.variance, st.quantiles, st.harmonic_mean, st.geometric_mean]:
        try:
            print(' ', fn.__name__, repr(fn(d)))
        except Exception as e:
            print(' ', fn.__name__, type(e).__name__, e)
    for m in ['inclusive', 'exclusive']:
        for n in [1, 2, 3, 10]:
            try: print('  q', m, n, st.quantiles(d, n=n, method=m))
            except Exception as e: print(' q', type(e).__name__, e)
    print('  var mu', repr(st.pvariance(d, 2)), repr(st.variance(d, 1.5)), repr(st.stdev(d, 1)), repr(st.pstdev(d, F(1, 2))))
