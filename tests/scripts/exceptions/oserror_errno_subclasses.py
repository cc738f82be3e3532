# OSError(errno, ...) is the subclass for its errno (CPython errnomap); str() with filenames.
import errno
for args in [(2, "No such file"), (13, "denied"), (17, "exists"), (1, "perm"), (99999, "weird"), ("x",), (2,), (2, "nf", "f.txt"), (2, "nf", "a", None, "b")]:
    e = OSError(*args)
    print(type(e).__name__, e.errno, e.strerror, getattr(e, "filename", None), str(e), e.args if len(args) <= 2 else "")
print(type(OSError(errno.ENOENT, "x")).__name__, isinstance(FileNotFoundError(2, "x"), OSError), type(IOError(2, "x")).__name__)
class MyErr(OSError): pass
print(type(MyErr(2, "x")).__name__)
print(type(FileExistsError(2, "x")).__name__)
print(str(OSError(2, "x", None)), str(OSError(2, "x", None, None, "b")), str(OSError(2, "x", "a", None, None)))
try:
    open("/nonexistent/dir/file.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.filename)
