# The `linecache` module: lines of source files by number, for tracebacks
# and warnings. Text Krait compiled itself comes first; other files are read
# from disk once and kept until clearcache().

__all__ = ["getline", "clearcache", "checkcache", "getlines", "lazycache"]

cache = {}


def getline(filename, lineno, module_globals=None):
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    if filename in cache:
        return cache[filename]
    return updatecache(filename, module_globals)


def clearcache():
    cache.clear()


def checkcache(filename=None):
    # Files are not re-read behind the program's back; nothing to validate.
    pass


def lazycache(filename, module_globals):
    return False


def updatecache(filename, module_globals=None):
    cache.pop(filename, None)
    # CPython has no lines for "<string>"-style names (exec, compile).
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    text = _compiled_source(filename)
    if text is None:
        try:
            with open(filename, encoding='utf-8') as f:
                text = f.read()
        except (OSError, UnicodeDecodeError):
            return []
    lines = text.splitlines(True)
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    cache[filename] = lines
    return lines
