# contextlib.contextmanager and suppress
import contextlib
@contextlib.contextmanager
def tag(name):
    print('<%s>' % name)
    try:
        yield name
    finally:
        print('</%s>' % name)
with tag('b') as t:
    print('content', t)
with contextlib.suppress(ZeroDivisionError):
    1 / 0
print('suppressed')
