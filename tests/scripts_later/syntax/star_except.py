# ExceptionGroup and except*
try:
    raise ExceptionGroup('group', [ValueError('v'), KeyError('k')])
except* ValueError as eg:
    print('values', [str(e) for e in eg.exceptions])
except* KeyError as eg:
    print('keys', [repr(e) for e in eg.exceptions])
