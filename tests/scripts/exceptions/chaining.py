# raise ... from ..., __cause__, __context__, __suppress_context__
try:
    try:
        {}['k']
    except KeyError as e:
        raise ValueError('converted') from e
except ValueError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError('during handling')
except RuntimeError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    try:
        int('x')
    except ValueError:
        raise TypeError('no context') from None
except TypeError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    raise IndexError('fresh')
except IndexError as e:
    print(e.__cause__, e.__context__)
def nested():
    try:
        raise KeyError('a')
    except KeyError:
        try:
            raise ValueError('b')
        except ValueError:
            raise TypeError('c')
try:
    nested()
except TypeError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(repr(cur))
        cur = cur.__context__
    print(' <- '.join(chain))
try:
    raise ValueError('x') from KeyError('y')
except ValueError as e:
    print(repr(e.__cause__), e.__context__)
try:
    raise ValueError('cls') from KeyError
except ValueError as e:
    print(repr(e.__cause__))
try:
    raise ValueError('bad') from 5
except TypeError as e:
    print('TypeError:', e)
