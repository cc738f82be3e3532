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


extsep = '.'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'
supports_unicode_filenames = False


def normcase(s):
    # Case is significant on POSIX: any path (str, bytes, os.PathLike) as it is.
    if isinstance(s, (str, bytes)):
        return s
    import os
    return os.fspath(s)


def splitdrive(p):
    return p[:0], p


def commonprefix(m):
    """The longest leading string all of `m` share (character-wise)."""
    if not m:
        return ''
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    """The longest sub-path all of `paths` share (component-wise)."""
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(paths)
    for p in paths:
        _check(p, 'commonpath')
    split_paths = [p.split('/') for p in paths]
    isabs = {p[:1] == '/' for p in paths}
    if len(isabs) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    split_paths = [[c for c in s if c and c != '.'] for s in split_paths]
    s1 = min(split_paths)
    s2 = max(split_paths)
    common = s1
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = s1[:i]
            break
    prefix = '/' if isabs.pop() else ''
    return prefix + '/'.join(common)


def relpath(path, start=None):
    """`path` from `start` (default the working directory), by components."""
    if not path:
        raise ValueError('no path specified')
    _check(path, 'relpath')
    if start is None:
        start = curdir
    start_list = [x for x in abspath(start).split('/') if x]
    path_list = [x for x in abspath(path).split('/') if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return curdir
    return join(*rel_list)


def expanduser(path):
    """A leading `~` becomes $HOME (`~user` is left alone: no password database)."""
    if not path.startswith('~'):
        return path
    i = path.find('/', 1)
    if i < 0:
        i = len(path)
    if i != 1:
        return path
    import os
    home = os.environ.get('HOME')
    if home is None:
        return path
    home = home.rstrip('/')
    return (home + path[i:]) or '/'


def expandvars(path):
    """`$name` and `${name}` replaced by environment variables that exist."""
    if '$' not in path:
        return path
    import os
    import re
    pattern = re.compile(r'\$(\w+|\{[^}]*\})', re.ASCII)
    i = 0
    while True:
        m = pattern.search(path, i)
        if not m:
            break
        i, j = m.span(0)
        name = m.group(1)
        if name.startswith('{') and name.endswith('}'):
            name = name[1:-1]
        value = os.environ.get(name)
        if value is None:
            i = j
        else:
            tail = path[j:]
            path = path[:i] + value
            i = len(path)
            path += tail
    return path


def lexists(path):
    return exists(path)


def realpath(path, *, strict=False):
    """abspath: symbolic links are not resolved (the os layer has no readlink)."""
    return abspath(path)
