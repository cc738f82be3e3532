# assert (caught) and pass
assert True
assert 1 == 1, 'not shown'
try:
    assert False
except AssertionError as e:
    print('caught', repr(e), e.args)
try:
    assert 1 > 2, 'one is not greater'
except AssertionError as e:
    print('caught:', e)
try:
    assert [], ['list', 'message']
except AssertionError as e:
    print(e.args[0])
def nothing():
    pass
print(nothing())
class Empty:
    pass
for i in range(3):
    pass
print(i, Empty.__name__)
if True:
    pass
else:
    pass
print('done')
