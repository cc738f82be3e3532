# sys.stdin on a closed stdin reads ''; reading stdout raises io.UnsupportedOperation
import sys
print(repr(sys.stdin.readline()), repr(sys.stdin.read()), sys.stdin.mode if hasattr(sys.stdin, "mode") else None)
try:
    sys.stdout.read()
except Exception as e:
    print(type(e).__name__, e)
try:
    sys.stdout.readline()
except OSError as e:
    print(type(e).__name__, e, isinstance(e, ValueError))
