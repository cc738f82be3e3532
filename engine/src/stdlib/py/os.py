"""os: files, directories and the environment, behind the host's grants
(a VM without them raises PermissionError; see _os in stdlib/os.rs)."""

import _os
import sys
import posixpath as path

sys.modules['os.path'] = path

name = 'posix'
sep = path.sep
altsep = None
extsep = '.'
pathsep = ':'
linesep = '\n'
curdir = '.'
pardir = '..'
devnull = '/dev/null'
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
error = OSError


class stat_result:
    def __init__(self, fields):
        self.st_mode, self.st_size, self.st_mtime, self._is_dir, self._is_file = fields

    def __repr__(self):
        return 'os.stat_result(st_mode=%d, st_size=%d, st_mtime=%r)' % (
            self.st_mode, self.st_size, self.st_mtime)


def fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    method = getattr(type(p), '__fspath__', None)
    if method is None:
        raise TypeError('expected str, bytes or os.PathLike object, not '
                        + type(p).__name__)
    return method(p)


def getcwd():
    return _os.getcwd()


def listdir(path='.'):
    return _os.listdir(fspath(path))


def mkdir(path, mode=0o777):
    _os.mkdir(fspath(path))


def makedirs(name, mode=0o777, exist_ok=False):
    name = fspath(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def rmdir(path):
    _os.rmdir(fspath(path))


def remove(path):
    _os.remove(fspath(path))


unlink = remove


def rename(src, dst):
    _os.rename(fspath(src), fspath(dst))


replace = rename


def stat(path):
    return stat_result(_os.stat(fspath(path)))


def getenv(key, default=None):
    value = _os.getenv(key)
    return default if value is None else value


def putenv(key, value):
    _os.putenv(key, value)


def unsetenv(key):
    _os.putenv(key, None)


class _Environ:
    """os.environ: reads and writes the process environment on each use."""

    def __getitem__(self, key):
        value = _os.getenv(key)
        if value is None:
            raise KeyError(key)
        return value

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError('str expected, not ' + type(key).__name__)
        if not isinstance(value, str):
            raise TypeError('str expected, not ' + type(value).__name__)
        _os.putenv(key, value)

    def __delitem__(self, key):
        if _os.getenv(key) is None:
            raise KeyError(key)
        _os.putenv(key, None)

    def __contains__(self, key):
        return isinstance(key, str) and _os.getenv(key) is not None

    def __iter__(self):
        return iter(list(_os.environ()))

    def __len__(self):
        return len(_os.environ())

    def get(self, key, default=None):
        value = _os.getenv(key)
        return default if value is None else value

    def setdefault(self, key, default):
        if key not in self:
            self[key] = default
        return self[key]

    def pop(self, key, *default):
        value = _os.getenv(key)
        if value is None:
            if default:
                return default[0]
            raise KeyError(key)
        _os.putenv(key, None)
        return value

    def keys(self):
        return _os.environ().keys()

    def values(self):
        return _os.environ().values()

    def items(self):
        return _os.environ().items()

    def copy(self):
        return _os.environ()

    def __repr__(self):
        return 'environ(' + repr(_os.environ()) + ')'


environ = _Environ()
