# math.asinh/acosh/atanh/erf/erfc give the C library's results bit for bit,
# as CPython's do: digests over seeded random inputs across magnitudes.
import hashlib
import math
import random

random.seed(5)
xs = [random.uniform(-1, 1) * 10 ** random.randint(-20, 20) for _ in range(4000)]
xs += [random.uniform(0.5, 3) for _ in range(1000)] + [random.uniform(-1, 1) for _ in range(1000)]
for name in ('asinh', 'acosh', 'atanh', 'erf', 'erfc'):
    f = getattr(math, name)
    out = []
    for x in xs:
        try:
            out.append(repr(f(x)))
        except ValueError as e:
            out.append('ValueError %s' % e)
    print(name, sum(o.startswith('ValueError') for o in out),
          hashlib.md5('\n'.join(out).encode()).hexdigest(), out[:3])
