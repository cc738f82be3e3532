# break / continue / return through try/finally
log = []
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        log.append('body%d' % i)
    finally:
        log.append('fin%d' % i)
print(log)

def ret_through_finally():
    try:
        return 'from try'
    finally:
        print('finally runs before return')
print(ret_through_finally())

def finally_overrides():
    try:
        return 1
    finally:
        return 2
print(finally_overrides())

def nested_finally():
    out = []
    try:
        try:
            out.append('inner')
            return out
        finally:
            out.append('inner-finally')
    finally:
        out.append('outer-finally')
print(nested_finally())

def loop_return():
    for i in range(10):
        try:
            if i == 2:
                return i
        finally:
            print('cleanup', i)
print(loop_return())

def while_continue():
    i = 0
    seen = []
    while i < 4:
        i += 1
        try:
            if i % 2:
                continue
            seen.append(i)
        finally:
            seen.append(-i)
    return seen
print(while_continue())

def break_in_except():
    for i in range(3):
        try:
            raise ValueError(i)
        except ValueError as e:
            print('caught', e)
            break
        finally:
            print('finally', i)
    return 'done'
print(break_in_except())

def finally_swallows():
    for i in range(2):
        try:
            raise KeyError('x')
        finally:
            continue
    return 'swallowed'
print(finally_swallows())
