# statistics.NormalDist: pdf/cdf/inv_cdf (AS241), quantiles, overlap, zscore,
# from_samples, seeded samples, arithmetic, equality and its error messages.
from statistics import NormalDist
from statistics import StatisticsError
N = NormalDist(2.5, 1.5)
print(N, repr(N), N.mean, N.median, N.mode, N.stdev, N.variance)
for x in [-3, 0, 1.25, 2.5, 4, 10]:
    print(x, repr(N.pdf(x)), repr(N.cdf(x)), repr(N.zscore(x)))
for p in [1e-300, 1e-10, 0.001, 0.02425, 0.1, 0.25, 0.5, 0.75, 0.9, 0.97575, 0.999, 1 - 1e-10, 0.3, 0.075]:
    print(p, repr(N.inv_cdf(p)), repr(NormalDist().inv_cdf(p)))
print(N.quantiles(), NormalDist().quantiles(10))
print(N.overlap(NormalDist(3, 2)), NormalDist(1, 2).overlap(NormalDist(1, 2)), NormalDist(0, 1).overlap(NormalDist(5, 1)))
print(NormalDist.from_samples([2.5, 3.25, 5.5, 11.25, 11.75]), NormalDist.from_samples([1, 2, 3, 4]))
print(N.samples(5, seed=42), NormalDist(0, 1).samples(3, seed='x'))
print(N + 1, 1 + N, N - 1, 10 - N, N * 2, 2 * N, N / 4, -N, +N, N + NormalDist(1, 2), N - NormalDist(1, 2), N * -3)
print(N == NormalDist(2.5, 1.5), N == 3, N != NormalDist(), hash(N) == hash(NormalDist(2.5, 1.5)), NormalDist(1, 2).__getstate__())
for f in [lambda: NormalDist(0, -1), lambda: NormalDist(1, 0).pdf(1), lambda: NormalDist(1, 0).cdf(1), lambda: N.inv_cdf(0), lambda: N.inv_cdf(1.5),
          lambda: NormalDist(1, 0).inv_cdf(0.5), lambda: NormalDist(1, 0).zscore(1), lambda: N.overlap(3), lambda: N.overlap(NormalDist(1, 0)),
          lambda: NormalDist.from_samples([1])]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
