# common error-handling patterns: fallback values, EAFP vs LBYL, cleanup flags
def parse_int(s, default=None):
    try:
        return int(s)
    except (TypeError, ValueError):
        return default
print([parse_int(v, -1) for v in ['1', ' 2 ', 'x', None, '3.0', '-4']])
config = {'port': '8080'}
try:
    port = int(config['port'])
    host = config['host']
except KeyError as e:
    host = 'localhost'
    print('missing key', e)
print(host, port)
def lbyl(d, k):
    if k in d:
        return d[k]
    return 'absent'
def eafp(d, k):
    try:
        return d[k]
    except KeyError:
        return 'absent'
print(lbyl(config, 'port'), eafp(config, 'port'), lbyl(config, 'x'), eafp(config, 'x'))
def process(items):
    ok, failed = [], []
    for item in items:
        try:
            ok.append(10 / item)
        except ZeroDivisionError:
            failed.append((item, 'zero'))
        except TypeError as e:
            failed.append((item, type(e).__name__))
    return ok, failed
print(process([1, 0, 'a', 4, None]))
def first_error(funcs):
    for fn in funcs:
        try:
            fn()
        except Exception as e:
            return type(e).__name__
    return 'none'
print(first_error([lambda: 1, lambda: [][0], lambda: 1 / 0]), first_error([]))
