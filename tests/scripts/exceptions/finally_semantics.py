# finally clauses: values, ordering with nested functions, exceptions replaced
def f(log):
    try:
        log.append('try')
        return 'try-value'
    finally:
        log.append('finally')
log = []
print(f(log), log)
def g():
    x = 'initial'
    try:
        return x
    finally:
        x = 'changed in finally'
print(g())
def h():
    lst = []
    try:
        return lst
    finally:
        lst.append('mutated in finally')
print(h())
def counter():
    for i in range(3):
        try:
            try:
                if i == 1:
                    raise ValueError(i)
            finally:
                print('inner finally', i)
        except ValueError as e:
            print('caught', e)
        finally:
            print('outer finally', i)
counter()
def deep(n):
    try:
        if n == 0:
            raise LookupError('deep')
        deep(n - 1)
    finally:
        print('leaving level', n)
try:
    deep(2)
except LookupError as e:
    print('top:', e)
