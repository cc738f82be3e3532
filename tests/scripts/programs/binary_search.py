# binary search and bisection
def bsearch(xs, target):
    lo, hi = 0, len(xs) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid, steps
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps
data = list(range(0, 200, 3))
for t in [0, 3, 99, 100, 198, 197, -5]:
    print(t, bsearch(data, t))
def bisect_left(xs, x):
    lo, hi = 0, len(xs)
    while lo < hi:
        mid = (lo + hi) // 2
        if xs[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo
print([bisect_left([1, 2, 2, 2, 5], v) for v in [0, 1, 2, 3, 5, 6]])
def sqrt_bisect(n, eps=1e-9):
    lo, hi = 0.0, max(1.0, n)
    while hi - lo > eps:
        mid = (lo + hi) / 2
        if mid * mid < n:
            lo = mid
        else:
            hi = mid
    return round(lo, 6)
print(sqrt_bisect(2), sqrt_bisect(9), sqrt_bisect(0.25))
