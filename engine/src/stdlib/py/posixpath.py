"""os.path for POSIX paths: pure string functions, plus the queries that
touch the filesystem (exists, isfile, ...), which need the filesystem grant."""

import _os

sep = '/'
curdir = '.'
pardir = '..'


def _check(p, name):
    if not isinstance(p, str):
        raise TypeError('%s: path should be string, not %s' % (name, type(p).__name__))


def isabs(s):
    return s.startswith('/')


def join(a, *p):
    _check(a, 'join')
    path = a
    for b in p:
        _check(b, 'join')
        if b.startswith('/'):
            path = b
        elif not path or path.endswith('/'):
            path += b
        else:
            path += '/' + b
    return path


def split(p):
    i = p.rfind('/') + 1
    head, tail = p[:i], p[i:]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head, tail


def basename(p):
    return p[p.rfind('/') + 1:]


def dirname(p):
    return split(p)[0]


def splitext(p):
    sep_index = p.rfind('/')
    dot_index = p.rfind('.')
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index] != '.':
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, ''


def normpath(path):
    if not path:
        return '.'
    initial = 1 if path.startswith('/') else 0
    if initial and path.startswith('//') and not path.startswith('///'):
        initial = 2
    parts = []
    for comp in path.split('/'):
        if comp in ('', '.'):
            continue
        if comp != '..' or (not initial and not parts) or (parts and parts[-1] == '..'):
            parts.append(comp)
        elif parts:
            parts.pop()
    path = '/'.join(parts)
    if initial:
        path = '/' * initial + path
    return path or '.'


def abspath(path):
    if not isabs(path):
        path = join(_os.getcwd(), path)
    return normpath(path)


def exists(path):
    return _os.exists(path)


def _stat(path):
    try:
        return _os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return None


def isfile(path):
    s = _stat(path)
    return s is not None and s[4]


def isdir(path):
    s = _stat(path)
    return s is not None and s[3]


def getsize(path):
    return _os.stat(path)[1]


def getmtime(path):
    return _os.stat(path)[2]
