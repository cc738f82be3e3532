# short-circuit evaluation and conditional expression edge cases
log = []
def t(v):
    log.append(v)
    return v
print(t(0) and t(1), log)
log.clear()
print(t(1) and t(2) and t(0) and t(3), log)
log.clear()
print(t(0) or t('') or t('x') or t('y'), log)
log.clear()
print(t(1) if t(None) else t(2), log)
log.clear()
r = t('a') if t(True) else t('b')
print(r, log)
print([] or [], 0 or 0.0, '' and 5, None or False)
print(1 and [] or 'fallback')
x = None
print(x and x.attr, (x or {}).get('k', 'default'))
