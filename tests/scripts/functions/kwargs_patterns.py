# keyword argument patterns: option dicts, forwarding, defaults merging
def configure(name, **options):
    defaults = {'verbose': False, 'level': 1}
    merged = {**defaults, **options}
    return name, merged
print(configure('a'))
print(configure('b', level=3, extra='x'))
def forward(*args, **kwargs):
    return configure(*args, **kwargs)
print(forward('c', verbose=True))
def describe(**kw):
    return ', '.join(['%s=%r' % (k, v) for k, v in kw.items()])
print(describe(z=1, a='two', m=[3]))
opts = {'sep': '-', 'end': '!\n'}
print('a', 'b', **opts)
def takes_dict_keys(a, b):
    return a * b
print(takes_dict_keys(**{'b': 3, 'a': 'x'}))
try:
    takes_dict_keys(**{'a': 1, 'b': 2, 'c': 3})
except TypeError as e:
    print('TypeError:', e)
try:
    configure(**{1: 2})
except TypeError as e:
    print('TypeError:', e)
def kw_with_name(name, **kw):
    return name, kw
try:
    kw_with_name('x', **{'name': 'y'})
except TypeError as e:
    print('TypeError:', e)
print(kw_with_name(name='only'))
