# logging: levels, records, the three format styles, hierarchy and
# propagation, filters, adapters, exc_info and handler errors.
import io
import logging

print(logging.getLevelName(10), logging.getLevelName('INFO'), logging.getLevelName(15))
logging.addLevelName(15, 'VERBOSE')
print(logging.getLevelName(15), logging.getLevelName('VERBOSE'), logging.WARN, logging.FATAL)

stream = io.StringIO()
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter(
    '%(levelname)s|%(name)s|%(funcName)s|%(lineno)d|%(module)s|%(message)s'))
app = logging.getLogger('app')
app.addHandler(handler)
app.setLevel(logging.INFO)
app.propagate = False


def work():
    app.debug('hidden')
    app.info('info %s %d', 'x', 3)
    app.warning('dict %(a)s', {'a': 1})
    app.log(15, 'verbose is below INFO')
    app.log(25, 'level 25')


work()
print(stream.getvalue(), end='')

# Hierarchy: children reach the parent's handlers; placeholders get fixed up.
child = logging.getLogger('app.db.conn')
mid = logging.getLogger('app.db')
print(child.parent is mid, mid.parent is app, app.parent is logging.root)
print(child.getEffectiveLevel(), child.isEnabledFor(logging.DEBUG), app.getChild('db') is mid)
print(logging.getLogger() is logging.root, logging.getLogger('root') is logging.root)
stream.seek(0)
stream.truncate()
handler.setFormatter(logging.Formatter('{levelname}:{name}:{message}', style='{'))
child.error('from child')
mid.propagate = False
child.error('stopped at mid')
mid.propagate = True
print(repr(stream.getvalue()))
print(child.hasHandlers(), logging.getLogger('other').hasHandlers())
print(repr(app), repr(handler.level))

# Filters: by name prefix and by callable.
stream.seek(0)
stream.truncate()
handler.setFormatter(logging.Formatter('${name} ${message}', style='$'))
handler.addFilter(logging.Filter('app.db'))
app.info('filtered out')
mid.info('passes')
logging.getLogger('app.dbx').info('not a child')
handler.filters.clear()
app.addFilter(lambda r: 'secret' not in r.msg)
app.info('secret stuff')
app.info('public stuff')
print(repr(stream.getvalue()))
app.filters.clear()

# Adapters, extra, a fixed created time with datefmt.
stream.seek(0)
stream.truncate()
fmt = logging.Formatter('%(asctime)s %(user)s %(message)s', datefmt='%Y/%m/%d %H:%M:%S')
# A fixed converter keeps the time independent of the local timezone.
fmt.converter = lambda secs: (1970, 1, 1, 0, 0, int(secs) % 60, 3, 1, 0)
handler.setFormatter(fmt)
adapter = logging.LoggerAdapter(app, {'user': 'ann'})
adapter.info('adapted %s', 1)
rec = logging.makeLogRecord({'msg': 'made', 'user': 'bob', 'created': 0.0, 'msecs': 5.0})
print(fmt.format(rec))
fmt.datefmt = None
print(fmt.formatTime(rec), fmt.usesTime(), logging.Formatter('%(message)s').usesTime())
print(stream.getvalue().split(' ', 2)[2], end='')

# Records by hand.
r = logging.LogRecord('n', logging.ERROR, '/a/b/mod.py', 7, 'v=%s', (5,), None, 'fn')
print(r.getMessage(), r.levelname, r.filename, r.module, r.funcName, r.threadName, r.processName)
print(repr(r))
print(logging.Formatter().format(r), '|', logging.BASIC_FORMAT)

# exception(): the traceback follows the message.
stream.seek(0)
stream.truncate()
handler.setFormatter(logging.Formatter('%(levelname)s %(message)s'))
try:
    1 / 0
except ZeroDivisionError:
    app.exception('failed %d', 1)
lines = stream.getvalue().splitlines()
print(lines[0], lines[1], lines[-1])

# stacklevel reports the caller's caller.
stream.seek(0)
stream.truncate()
handler.setFormatter(logging.Formatter('%(funcName)s %(message)s'))


def helper():
    app.warning('via helper', stacklevel=2)


def caller():
    helper()


caller()
print(stream.getvalue(), end='')

# disable() and disabled loggers.
logging.disable(logging.WARNING)
app.warning('disabled')
logging.disable(logging.NOTSET)
app.disabled = True
app.error('disabled logger')
app.disabled = False
app.error('back')
print(repr(stream.getvalue()))

for bad in ['NOPE', 1.5]:
    try:
        app.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    logging.Formatter('%(message)s', style='x')
except ValueError as e:
    print(e)
try:
    app.info('x', extra={'msg': 1})
except KeyError as e:
    print(e)
null = logging.NullHandler()
app.addHandler(null)
app.removeHandler(null)
print(len(app.handlers), logging.StreamHandler().stream is __import__('sys').stderr)
