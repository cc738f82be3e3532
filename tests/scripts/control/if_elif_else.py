# if / elif / else chains and truthiness
def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    else:
        return 'large'
for n in (-5, 0, 3, 10, 99):
    print(n, classify(n))
for v in (0, 1, '', 'a', [], [0], {}, {'k': 0}, None, 0.0, -0.0, 1e-300, (), set()):
    if v:
        print(repr(v), 'truthy')
    else:
        print(repr(v), 'falsy')
x = 5
if x > 3:
    if x > 4:
        print('nested both')
    else:
        print('nested outer only')
if not x:
    print('never')
elif x and x - 5:
    print('never either')
else:
    print('else branch')
