# exceptions propagating through nested calls, caught at different levels
trace = []
def level3(x):
    trace.append('enter3')
    if x < 0:
        raise ValueError('negative: %d' % x)
    trace.append('exit3')
    return x * 2
def level2(x):
    trace.append('enter2')
    try:
        return level3(x) + 1
    finally:
        trace.append('finally2')
def level1(x):
    trace.append('enter1')
    result = level2(x)
    trace.append('exit1')
    return result
print(level1(5), trace)
trace.clear()
try:
    level1(-1)
except ValueError as e:
    print('caught at top:', e, trace)
def catcher(x):
    try:
        return level1(x)
    except ValueError:
        return 'handled in catcher'
trace.clear()
print(catcher(-2), trace)
def recurse(n):
    if n == 0:
        raise KeyError('bottom')
    try:
        return recurse(n - 1)
    finally:
        print('unwinding', n)
try:
    recurse(3)
except KeyError as e:
    print('bottom reached', e)
def translate():
    try:
        level3(-7)
    except ValueError as e:
        raise RuntimeError('translated') from e
try:
    translate()
except RuntimeError as e:
    print(e, '<-', e.__cause__)
