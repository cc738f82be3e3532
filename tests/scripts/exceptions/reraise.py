# bare raise, re-raising and exceptions raised in finally/except
def reraiser():
    try:
        raise ValueError('original')
    except ValueError:
        print('handling, then re-raising')
        raise
try:
    reraiser()
except ValueError as e:
    print('re-raised:', e)
def raise_other():
    try:
        raise ValueError('first')
    except ValueError as e:
        raise e
try:
    raise_other()
except ValueError as e:
    print('raise e:', e)
try:
    raise
except RuntimeError as e:
    print('RuntimeError:', e)
def finally_raises():
    try:
        raise KeyError('lost')
    finally:
        raise IndexError('from finally')
try:
    finally_raises()
except IndexError as e:
    print('finally wins:', repr(e), 'context:', repr(e.__context__))
except KeyError:
    print('never')
def except_raises():
    try:
        1 / 0
    except ZeroDivisionError:
        {}['nope']
try:
    except_raises()
except KeyError as e:
    print('new exception:', repr(e), 'context:', type(e.__context__).__name__)
def finally_returns():
    try:
        raise ValueError('swallowed')
    finally:
        return 'return in finally swallows'
print(finally_returns())
def handler_then_raise():
    try:
        raise TypeError('one')
    except TypeError:
        pass
    raise ValueError('two')
try:
    handler_then_raise()
except ValueError as e:
    print(repr(e), e.__context__)
