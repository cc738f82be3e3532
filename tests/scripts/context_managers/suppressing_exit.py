# __exit__ returning True suppresses exceptions
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, t, e, tb):
        if t is not None and issubclass(t, self.types):
            print('suppressed', t.__name__, e)
            return True
        return False
with Suppress(KeyError):
    {}['missing']
print('continued after suppression')
try:
    with Suppress(KeyError):
        1 / 0
except ZeroDivisionError:
    print('ZeroDivisionError not suppressed')
