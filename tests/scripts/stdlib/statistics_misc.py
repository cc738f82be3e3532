# statistics: weights, intervals, mode on non-numbers, regression, and every
# StatisticsError/TypeError message.
import statistics as st
from fractions import Fraction as F

print(repr(st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5], interval=2)), st.median_grouped([52, 52, 53, 54]))
print(st.fmean([3.5, 4.0, 5.25], weights=[1, 2, 3]), st.fmean(iter([1, 2, 3])), st.fmean(x for x in [1.5]))
print(st.harmonic_mean([40, 60], weights=[5, 30]), st.harmonic_mean([2.5, 3, 10]), st.harmonic_mean([1, 0, 2]), st.harmonic_mean([F(1, 2), F(1, 3)]), st.harmonic_mean([5]))
print(st.mode(['red', 'blue', 'blue', 'red', 'green', 'red', 'red']), st.multimode('aabbbbccddddeeffffgg'), st.multimode(''), st.mode([1, 1.0, 2]))
print(repr(st.mean([F(3, 7), F(1, 21), F(5, 3), F(1, 3)])), repr(st.variance([F(1, 6), F(1, 2), F(5, 3)])), repr(st.pvariance([1, 2, 3, 4])), repr(st.variance([1, 2, 3, 4])), repr(st.variance([1, 3, 5, 7])))
print(repr(st.mean([1, 2, 3])), repr(st.mean([1, 2])), repr(st.mean([1.0, float('inf')])), repr(st.mean([float('nan'), 1])), repr(st.pvariance([1.0, float('inf')])))
print(st.covariance([1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 1, 2, 3, 1, 2, 3]), st.correlation([1, 2, 3, 4, 5, 6, 7, 8, 9], [9, 8, 7, 6, 5, 4, 3, 2, 1]))
print(st.linear_regression([1, 2, 3, 4, 5], [3, 5, 7, 9, 12]), st.linear_regression([1, 2, 3], [2, 4, 6.5], proportional=True))
errs = [
    lambda: st.mean([]), lambda: st.fmean([]), lambda: st.median([]), lambda: st.median_low([]), lambda: st.median_high([]),
    lambda: st.median_grouped([]), lambda: st.mode([]), lambda: st.variance([1]), lambda: st.stdev([1]), lambda: st.pvariance([]),
    lambda: st.pstdev([]), lambda: st.quantiles([1]), lambda: st.quantiles([1, 2], n=0), lambda: st.quantiles([1, 2], method='x'),
    lambda: st.harmonic_mean([]), lambda: st.harmonic_mean([-1, 2]), lambda: st.harmonic_mean([-1]), lambda: st.harmonic_mean(['a']),
    lambda: st.harmonic_mean([1, 2], weights=[1]), lambda: st.geometric_mean([]), lambda: st.geometric_mean([1, -2]),
    lambda: st.fmean([1, 2], weights=[1]), lambda: st.fmean([1, 2], weights=[0, 0]), lambda: st.mean(['a', 'b']),
    lambda: st.mean([1, 2j]), lambda: st.covariance([1], [1]), lambda: st.covariance([1, 2], [1]), lambda: st.correlation([1, 1], [1, 2]),
    lambda: st.linear_regression([1, 1], [1, 2]), lambda: st.median_grouped(['a', 'b']), lambda: st.harmonic_mean([1, 2], weights=[0, 0]),
    lambda: st.harmonic_mean([1, 2], weights=[-1, 2]), lambda: st.mean([F(1, 2), 1.5, F(1, 3)]),
]
for f in errs:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e, isinstance(e, ValueError))
print(st.StatisticsError.__mro__[1].__name__)
