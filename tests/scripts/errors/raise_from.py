# uncaught exception with an explicit cause
def load():
    try:
        int('x')
    except ValueError as e:
        raise RuntimeError('could not load settings') from e
print('loading')
load()
