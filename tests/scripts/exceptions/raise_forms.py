# raising classes vs instances, raising non-exceptions
for thing in [ValueError, ValueError('inst'), KeyError, 'string', 42, object, Exception]:
    try:
        raise thing
    except TypeError as e:
        print('TypeError:', e)
    except Exception as e:
        print('raised', repr(e))
class NotAnError:
    pass
try:
    raise NotAnError()
except TypeError as e:
    print('TypeError:', e)
try:
    raise NotImplementedError('todo')
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    raise StopIteration(5)
except StopIteration as e:
    print('value', e.value, e.args)
try:
    raise SystemExit('bye')
except SystemExit as e:
    print('SystemExit code', repr(e.code))
try:
    raise KeyboardInterrupt
except KeyboardInterrupt as e:
    print('KeyboardInterrupt', repr(e))
try:
    raise OSError(2, 'No such file')
except OSError as e:
    print(e.errno, e.strerror, str(e))
