# traceback: the exception-only lines, whole formatted tracebacks (frames,
# source lines, chained causes), extracted stacks and summaries. Failing
# lines are whole statements, so CPython prints no ^^^^ position lines.
import io
import os
import sys
import traceback


def trim(text):
    # Paths differ between runs; keep the file's base name.
    return text.replace(os.path.abspath(__file__), 'SCRIPT').replace(__file__, 'SCRIPT')


def inner(x):
    raise ValueError('bad %d' % x)


def middle(x):
    inner(x)


def outer():
    middle(7)


print(traceback.format_exception_only(ValueError('bad')))
print(traceback.format_exception_only(ValueError, ValueError('two-arg form')))
print(traceback.format_exception_only(KeyError('k')))
print(traceback.format_exception_only(RuntimeError()))


class AppError(Exception):
    pass


print(traceback.format_exception_only(AppError('custom')))
print(traceback.format_exception_only(StopIteration()))

try:
    outer()
except ValueError:
    text = traceback.format_exc()
    print(trim(text), end='')
    etype, value, tb = sys.exc_info()
    frames = traceback.extract_tb(tb)
    print([(f.name, f.lineno, f.line) for f in frames])
    print([f.name for f in traceback.extract_tb(tb, limit=2)])
    print(trim(''.join(traceback.format_tb(tb))), end='')
    print(frames[0][2], frames[-1][3], len(frames[-1]), list(frames[1])[1:])
    print(isinstance(frames, traceback.StackSummary), type(frames[0]).__name__)
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(buf.getvalue() == text)
    buf = io.StringIO()
    traceback.print_tb(tb, limit=1, file=buf)
    print(trim(buf.getvalue()), end='')

try:
    outer()
except ValueError as e:
    lines = traceback.format_exception(e)
    print(len(lines), lines[0], end='')
    print(trim(lines[-2]), lines[-1], end='')
    print(trim(''.join(traceback.format_exception(type(e), e, e.__traceback__, limit=1))), end='')
    buf = io.StringIO()
    traceback.print_exception(e, file=buf)
    print(buf.getvalue() == ''.join(lines))
    te = traceback.TracebackException.from_exception(e)
    print(str(te), te.exc_type.__name__, [f.name for f in te.stack])
    print(''.join(te.format_exception_only()), end='')

try:
    try:
        raise KeyError('missing')
    except KeyError as e:
        raise AppError('wrapped') from e
except AppError as e:
    print(trim(''.join(traceback.format_exception(e))), end='')
    print('--- no chain')
    print(trim(''.join(traceback.format_exception(e, chain=False))), end='')

try:
    try:
        raise ZeroDivisionError('first')
    except ZeroDivisionError:
        int('x')
except ValueError:
    print(trim(traceback.format_exc()), end='')


def recurse(n):
    if n == 0:
        raise RecursionError('deep')
    recurse(n - 1)


try:
    recurse(8)
except RecursionError:
    print(trim(traceback.format_exc()), end='')


def where():
    return traceback.extract_stack()


def caller():
    return where()


stack = caller()
print([(f.name, f.line) for f in stack][-3:])
print(trim(''.join(traceback.format_list(stack[-2:]))), end='')
print(trim(''.join(traceback.format_stack(limit=1))), end='')
buf = io.StringIO()
traceback.print_stack(limit=1, file=buf)
print(trim(buf.getvalue()), end='')

fs = traceback.FrameSummary('demo.py', 3, 'func', line='  x = 1  ')
print(repr(fs), fs.line, fs == ('demo.py', 3, 'func', 'x = 1'), list(fs))
summary = traceback.StackSummary.from_list([('a.py', 1, 'f', 'f()'), fs])
print(''.join(summary.format()), end='')
print(traceback.format_list([('b.py', 9, '<module>', None)]))

try:
    compile('x = (1,\n', 'snippet.py', 'exec')
except SyntaxError as e:
    print(''.join(traceback.format_exception_only(e)), end='')
try:
    compile('a b', 'snip.py', 'exec')
except SyntaxError as e:
    print(''.join(traceback.format_exception_only(e)), end='')

try:
    traceback.format_exception(ValueError, ValueError('x'))
except ValueError as e:
    print('ValueError:', e)
print(traceback.format_exception(None))
print(traceback.format_exc())
