# attributes of builtin exception instances
e = KeyError('k', 2)
print(e.args, len(e.args), str(e), repr(e))
e = StopIteration('v')
print(e.value, e.args)
e = SystemExit(5)
print(e.code, e.args)
e = SystemExit()
print(e.code, e.args)
e = OSError(2, 'missing')
print(e.errno, e.strerror, e.args, str(e))
e = UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte')
print(e.encoding, e.object, e.start, e.end, e.reason)
print(str(e))
try:
    {}['x']
except KeyError as err:
    print(err.args, type(err.args).__name__)
try:
    [].index(1)
except ValueError as err:
    print(err.args)
try:
    import_me_not = None
    import_me_not.thing
except AttributeError as err:
    print(err.args, err.name, err.obj is None)
try:
    undefined_thing
except NameError as err:
    print(err.name, err.args)
print(isinstance(ValueError(), Exception), ValueError.__name__, ValueError.__base__.__name__)
