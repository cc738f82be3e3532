# order of execution in try/except/else/finally
def run(mode):
    log = []
    try:
        log.append('try')
        if mode == 'raise':
            raise ValueError('boom')
        if mode == 'return':
            return log
    except ValueError as e:
        log.append('except ' + str(e))
    else:
        log.append('else')
    finally:
        log.append('finally')
    log.append('after')
    return log
for mode in ['ok', 'raise', 'return']:
    print(mode, run(mode))
def unhandled():
    try:
        raise KeyError('k')
    except ValueError:
        print('wrong handler')
    finally:
        print('finally before propagation')
try:
    unhandled()
except KeyError as e:
    print('outer caught', repr(e))
try:
    pass
finally:
    print('finally without except')
def else_raises():
    try:
        pass
    except Exception:
        print('not here')
    else:
        raise RuntimeError('from else')
try:
    else_raises()
except RuntimeError as e:
    print('caught', e)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        print('inner handler')
        raise
    finally:
        print('inner finally')
except ZeroDivisionError:
    print('outer handler')
