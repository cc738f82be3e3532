# except (A, B) as e, multiple handlers, handler order
def trigger(kind):
    if kind == 'value':
        int('x')
    if kind == 'type':
        'a' + 1
    if kind == 'key':
        {}['missing']
    if kind == 'index':
        [][0]
    if kind == 'zero':
        1 // 0
    return 'no error'
for kind in ['value', 'type', 'key', 'index', 'zero', 'none']:
    try:
        print(trigger(kind))
    except (ValueError, TypeError) as e:
        print('value-or-type:', type(e).__name__, e)
    except LookupError as e:
        print('lookup:', type(e).__name__, e)
    except Exception as e:
        print('other:', type(e).__name__, e)
try:
    [][1]
except IndexError:
    print('first matching handler wins')
except LookupError:
    print('never')
errs = (KeyError, IndexError)
try:
    {}[1]
except errs as e:
    print('tuple from variable', repr(e))
try:
    raise ValueError
except ValueError as e:
    print('bare class raised:', repr(e), e.args)
e = 'before'
try:
    raise TypeError('t')
except TypeError as e:
    pass
try:
    print(e)
except NameError as ne:
    print('NameError:', ne)
try:
    try:
        raise OSError('os')
    except (ValueError, KeyError):
        print('no')
except Exception as ex:
    print('propagated', type(ex).__name__, ex)
