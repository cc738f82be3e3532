# __exit__ receives the exception type, value and a traceback
class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print(t.__name__ if t else None, repr(v), tb is not None)
        return True
with Inspect():
    pass
with Inspect():
    raise KeyError('k')
with Inspect():
    [][0]
print('end')
