# context manager protocol with a class
class Managed:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print('exit', self.name, exc_type.__name__ if exc_type else None)
        return False
with Managed('a') as v:
    print('inside with', v)
try:
    with Managed('b'):
        raise ValueError('oops')
except ValueError as e:
    print('propagated', e)
