# assertion errors with and without messages, computed messages
def check(v):
    assert isinstance(v, int), 'expected int, got %s' % type(v).__name__
    assert v >= 0, v
    return v
for v in [3, 'a', -5, 2.0]:
    try:
        print('ok', check(v))
    except AssertionError as e:
        print('AssertionError', repr(e), e.args)
try:
    assert (1, 2) == (1, 3)
except AssertionError as e:
    print('no message:', e.args, str(e) == '')
calls = []
def msg():
    calls.append('msg evaluated')
    return 'lazy'
assert True, msg()
print(calls)
try:
    assert False, msg()
except AssertionError as e:
    print(e, calls)
