# warnings: the filter actions, catch_warnings(record=True), the registry
# behind "default"/"once"/"module", formatting, and a warning on stderr.
import io
import os
import warnings


def show(log):
    for w in log:
        print(' ', w.category.__name__, str(w.message), os.path.basename(w.filename), w.lineno)
    log.clear()


def emit(msg, category=UserWarning):
    warnings.warn(msg, category, stacklevel=2)


print(UserWarning.__mro__[1].__name__, issubclass(DeprecationWarning, Warning))
print([c.__name__ for c in (RuntimeWarning, SyntaxWarning, FutureWarning,
                            PendingDeprecationWarning, ImportWarning, UnicodeWarning,
                            BytesWarning, ResourceWarning, EncodingWarning)])

with warnings.catch_warnings(record=True) as log:
    for i in range(3):
        warnings.warn('repeated')
    warnings.warn('other', RuntimeWarning)
    print('default action:')
    show(log)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    for i in range(2):
        warnings.warn('again')
    emit('from emit')
    print('always:')
    show(log)
    w = warnings.WarningMessage('m', UserWarning, 'f.py', 3)
    print(w.message, w.category.__name__, w.filename, w.lineno, w.line, w.file)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('once')
    for i in range(2):
        warnings.warn('once only')
    warnings.warn('once only')
    warnings.warn('once only', RuntimeWarning)
    print('once:')
    show(log)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('module')
    for i in range(2):
        warnings.warn('per module')
    warnings.warn('per module')
    print('module:')
    show(log)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('ignore')
    warnings.warn('silent')
    warnings.filterwarnings('always', message='loud')
    warnings.warn('silent too')
    warnings.warn('LOUD and clear')
    warnings.filterwarnings('error', category=RuntimeWarning)
    try:
        warnings.warn('boom', RuntimeWarning)
    except RuntimeWarning as e:
        print('raised', type(e).__name__, e)
    print('ignore/filters:')
    show(log)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('error')
    try:
        warnings.warn(FutureWarning('instance'))
    except FutureWarning as e:
        print('raised', repr(e))
    warnings.simplefilter('always')
    warnings.warn(UserWarning('as instance'))
    warnings.warn_explicit('explicit', SyntaxWarning, 'other.py', 42)
    print('instances:')
    show(log)

with warnings.catch_warnings(record=True) as log:
    warnings.warn('deprecated here', DeprecationWarning)
    warnings.warn_explicit('deprecated elsewhere', DeprecationWarning, 'lib.py', 7, module='lib')
    warnings.warn_explicit('pending', PendingDeprecationWarning, 'lib.py', 8, module='lib')
    print('default filters:')
    show(log)

before = list(warnings.filters)
with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    warnings.filterwarnings('error', 'x', UserWarning, 'mod', 3)
    print(len(warnings.filters) - len(before), warnings.filters[0][0], warnings.filters[0][3].pattern)
print(warnings.filters == before)

print(repr(warnings.formatwarning('msg', UserWarning, 'prog.py', 10, 'x = 1  ')))
print(repr(warnings.formatwarning('msg', RuntimeWarning, 'prog.py', 10, '')))
stream = io.StringIO()
warnings.showwarning('shown', UserWarning, 'a.py', 5, file=stream, line='call()')
print(repr(stream.getvalue()))

seen = []
with warnings.catch_warnings():
    warnings.simplefilter('always')
    warnings.showwarning = lambda m, c, f, l, file=None, line=None: seen.append((str(m), c.__name__, l))
    warnings.warn('hooked')
print(seen[0][:2], warnings.showwarning is warnings._showwarning_orig)

try:
    warnings.warn('x', str)
except TypeError as e:
    print('TypeError:', e)
try:
    warnings.simplefilter('loudly')
except AssertionError as e:
    print('AssertionError:', e)
cm = warnings.catch_warnings()
try:
    cm.__exit__(None, None, None)
except RuntimeError as e:
    print('RuntimeError:', e)
print(repr(warnings.catch_warnings(record=True)))

with warnings.catch_warnings():
    warnings.resetwarnings()
    print(warnings.filters)

warnings.warn('printed to stderr')
