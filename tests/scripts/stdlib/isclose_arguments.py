# math.isclose and cmath.isclose take a and b by position or name, with
# Argument Clinic's errors in its order; rel_tol/abs_tol are keyword-only.
import math, cmath
for m in (math, cmath):
    for a, k in [((1,2,3),{}), ((1,2),{'a':1}), ((1,),{'a':1}), ((1,2),{'tol':1}), ((1,),{'tol':1}), ((),{'tol':1}), ((1,2,3),{'tol':1}), ((),{'a':1,'b':2,'c':3}), ((1,),{'b':2, 'a':3}), ((), {'a': 1, 'b': 1}), ((1,), {'b': 1.0000000001}), ((), {'b': 1}), ((1, 2), {'rel_tol': 0.6}), ((1, 2), {'abs_tol': 'x'}), ((1, 'x'), {})]:
        try: print(m.__name__, m.isclose(*a, **k))
        except TypeError as e: print(m.__name__, a, k, e)
