# os.path's pure string functions: relpath, commonpath, commonprefix, expanduser/expandvars, constants.
import os
import os.path as p
print(p.relpath("/a/b/c", "/a"), p.relpath("/a", "/a/b/c"), p.relpath("/a/b", "/a/b"), p.relpath("/x/y", "/a/b"))
print(p.commonpath(["/usr/lib", "/usr/local/lib"]), p.commonpath(["a/b", "a/c"]), p.commonprefix(["interstate", "internal"]), p.commonprefix([]))
for bad in [[], ["/a", "b"]]:
    try:
        p.commonpath(bad)
    except ValueError as e:
        print("ValueError", e)
os.environ["KRAIT_TEST_VAR"] = "val"
print(p.expandvars("$KRAIT_TEST_VAR/x ${KRAIT_TEST_VAR} $NOPE_NOT_SET"), p.expanduser("~no_such_user_krait/x"), p.expanduser("x~"))
home = os.environ.get("HOME", "")
print(p.expanduser("~/d") == (home.rstrip("/") + "/d" if home else "~/d"))
print(p.sep, p.extsep, p.pathsep, p.devnull, p.altsep, p.curdir, p.pardir, p.splitdrive("/a/b"), p.normcase("AbC"))
print(p.lexists(__file__), p.realpath("/a/./b/../c"))
try:
    p.relpath("")
except ValueError as e:
    print("ValueError", e)

# normcase passes any path through unchanged on POSIX (bytes, PathLike).
class _P:
    def __fspath__(self):
        return '/Tmp/X'


print(os.path.normcase('/A/b'), os.path.normcase(b'/A/b'), os.path.normcase(_P()))
for bad in (1, None):
    try:
        os.path.normcase(bad)
    except TypeError as e:
        print('TypeError', e)
