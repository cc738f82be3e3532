# The parts of `heapq` written in Python over the native primitives in
# heapq.rs. nsmallest/nlargest return what CPython documents them to equal
# (a stable sort's first n); merge is stable, ties going to the earlier input.

__all__ = ["heappush", "heappop", "heapify", "heapreplace", "merge",
           "nlargest", "nsmallest", "heappushpop"]


def merge(*iterables, key=None, reverse=False):
    its = [iter(it) for it in iterables]
    heads = []
    for i, it in enumerate(its):
        for value in it:
            heads.append([value if key is None else key(value), i, value])
            break
    while heads:
        best = heads[0]
        for cand in heads[1:]:
            if reverse:
                if best[0] < cand[0]:
                    best = cand
            elif cand[0] < best[0]:
                best = cand
        yield best[2]
        for value in its[best[1]]:
            best[0] = value if key is None else key(value)
            best[2] = value
            break
        else:
            heads.remove(best)


def _first(n, iterable, key, reverse):
    if n == 1:
        sentinel = object()
        pick = max if reverse else min
        result = pick(iter(iterable), default=sentinel, key=key)
        return [] if result is sentinel else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=reverse)[:n]
    if n <= 0:
        iter(iterable)
        return []
    return sorted(iterable, key=key, reverse=reverse)[:n]


def nsmallest(n, iterable, key=None):
    return _first(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    return _first(n, iterable, key, True)
