# `_unittest_util`: the helpers behind unittest's messages: reprs shortened
# as CPython's unittest.util does, element-count differences, and traceback
# text without unittest's frames.
import linecache

# Frames of modules carrying this global are left out of failure tracebacks,
# as CPython's result.py does for its own frames.
__unittest = True

_MAX_LENGTH = 80
_PLACEHOLDER_LEN = 12
_MIN_BEGIN_LEN = 5
_MIN_END_LEN = 5
_MIN_COMMON_LEN = 5
_MIN_DIFF_LEN = _MAX_LENGTH - (_MIN_BEGIN_LEN + _PLACEHOLDER_LEN + _MIN_COMMON_LEN +
                               _PLACEHOLDER_LEN + _MIN_END_LEN)


def safe_repr(obj, short=False):
    try:
        result = repr(obj)
    except Exception:
        result = object.__repr__(obj)
    if not short or len(result) < _MAX_LENGTH:
        return result
    return result[:_MAX_LENGTH] + ' [truncated]...'


def strclass(cls):
    return "%s.%s" % (cls.__module__, cls.__qualname__)


def _commonprefix(strings):
    if not strings:
        return ''
    low = min(strings)
    high = max(strings)
    for i, c in enumerate(low):
        if c != high[i]:
            return low[:i]
    return low


def _shorten(s, prefixlen, suffixlen):
    skip = len(s) - prefixlen - suffixlen
    if skip > _PLACEHOLDER_LEN:
        s = '%s[%d chars]%s' % (s[:prefixlen], skip, s[len(s) - suffixlen:])
    return s


def common_shorten_repr(*args):
    # Long reprs keep their start, the text around the first difference and
    # their end, so "a != b" stays readable.
    args = tuple(map(safe_repr, args))
    maxlen = max(map(len, args))
    if maxlen <= _MAX_LENGTH:
        return args
    prefix = _commonprefix(args)
    prefixlen = len(prefix)
    common_len = _MAX_LENGTH - (maxlen - prefixlen + _MIN_BEGIN_LEN + _PLACEHOLDER_LEN)
    if common_len > _MIN_COMMON_LEN:
        prefix = _shorten(prefix, _MIN_BEGIN_LEN, common_len)
        return tuple(prefix + s[prefixlen:] for s in args)
    prefix = _shorten(prefix, _MIN_BEGIN_LEN, _MIN_COMMON_LEN)
    return tuple(prefix + _shorten(s[prefixlen:], _MIN_DIFF_LEN, _MIN_END_LEN)
                 for s in args)


def _ordered_count(iterable):
    counts = {}
    for elem in iterable:
        counts[elem] = counts.get(elem, 0) + 1
    return counts


def count_diff_hashable(actual, expected):
    # (count in actual, count in expected, element) where the counts differ,
    # in first-seen order.
    s, t = _ordered_count(actual), _ordered_count(expected)
    result = []
    for elem, cnt_s in s.items():
        cnt_t = t.get(elem, 0)
        if cnt_s != cnt_t:
            result.append((cnt_s, cnt_t, elem))
    for elem, cnt_t in t.items():
        if elem not in s:
            result.append((0, cnt_t, elem))
    return result


def count_diff_all_purpose(actual, expected):
    # The same for unhashable elements, by equality alone (quadratic).
    s, t = list(actual), list(expected)
    m, n = len(s), len(t)
    NULL = object()
    result = []
    for i, elem in enumerate(s):
        if elem is NULL:
            continue
        cnt_s = cnt_t = 0
        for j in range(i, m):
            if s[j] == elem:
                cnt_s += 1
                s[j] = NULL
        for j, other in enumerate(t):
            if other == elem:
                cnt_t += 1
                t[j] = NULL
        if cnt_s != cnt_t:
            result.append((cnt_s, cnt_t, elem))
    for i, elem in enumerate(t):
        if elem is NULL:
            continue
        cnt_t = 0
        for j in range(i, n):
            if t[j] == elem:
                cnt_t += 1
                t[j] = NULL
        result.append((0, cnt_t, elem))
    return result


def _frames(tb):
    lines = []
    while tb is not None:
        frame = getattr(tb, 'tb_frame', None)
        code = getattr(frame, 'f_code', None)
        globs = getattr(frame, 'f_globals', None) or {}
        # unittest's own frames are left out, as CPython's `__unittest`
        # marker does (frame snapshots carry no globals: go by the file).
        own = code is not None and code.co_filename.startswith(
            ('<frozen unittest', '<frozen _unittest'))
        if code is not None and '__unittest' not in globs and not own:
            filename = code.co_filename
            lineno = tb.tb_lineno
            lines.append('  File "%s", line %d, in %s\n' % (filename, lineno, code.co_name))
            source = linecache.getline(filename, lineno).strip()
            if source:
                lines.append('    %s\n' % source)
        tb = getattr(tb, 'tb_next', None)
    return lines


def format_exception_only(exc_type, value):
    name = exc_type.__qualname__
    module = exc_type.__module__
    if module not in ('__main__', 'builtins'):
        name = module + '.' + name
    try:
        text = str(value)
    except Exception:
        text = '<exception str() failed>'
    if not text:
        return name + '\n'
    return '%s: %s\n' % (name, text)


def format_exception(exc_type, value, tb):
    # The chain first, oldest exception at the top, as traceback prints it.
    chain = []
    seen = set()
    while value is not None and id(value) not in seen:
        seen.add(id(value))
        cause = getattr(value, '__cause__', None)
        context = getattr(value, '__context__', None)
        if cause is not None:
            chain.append((value, tb, '\nThe above exception was the direct cause '
                          'of the following exception:\n\n'))
            value = cause
        elif context is not None and not getattr(value, '__suppress_context__', False):
            chain.append((value, tb, '\nDuring handling of the above exception, '
                          'another exception occurred:\n\n'))
            value = context
        else:
            chain.append((value, tb, ''))
            value = None
        tb = getattr(value, '__traceback__', None)
    lines = []
    for i in range(len(chain) - 1, -1, -1):
        value, tb, _ = chain[i]
        if tb is not None:
            lines.append('Traceback (most recent call last):\n')
            lines.extend(_frames(tb))
        lines.append(format_exception_only(type(value), value))
        if i > 0:
            lines.append(chain[i - 1][2])
    return ''.join(lines)
