# the standard exception hierarchy
pairs = [(IndexError, LookupError), (KeyError, LookupError), (ZeroDivisionError, ArithmeticError),
         (OverflowError, ArithmeticError), (ValueError, Exception), (Exception, BaseException),
         (KeyboardInterrupt, Exception), (SystemExit, Exception), (KeyboardInterrupt, BaseException),
         (StopIteration, Exception), (RecursionError, RuntimeError), (NotImplementedError, RuntimeError),
         (UnboundLocalError, NameError), (FileNotFoundError, OSError), (UnicodeDecodeError, ValueError),
         (TypeError, ValueError), (AssertionError, Exception), (AttributeError, Exception),
         (ModuleNotFoundError, ImportError), (IndentationError, SyntaxError), (TabError, IndentationError),
         (GeneratorExit, Exception), (BaseException, object)]
for sub, sup in pairs:
    print(sub.__name__, sup.__name__, issubclass(sub, sup))
try:
    [1][5]
except LookupError as e:
    print('LookupError caught', type(e).__name__)
try:
    {}['x']
except LookupError as e:
    print('LookupError caught', type(e).__name__)
try:
    5 % 0
except ArithmeticError as e:
    print('ArithmeticError caught', type(e).__name__, e)
try:
    raise SystemExit(0)
except Exception:
    print('not caught by Exception')
except BaseException as e:
    print('BaseException caught', type(e).__name__, e.code)
print([c.__name__ for c in ZeroDivisionError.__mro__])
print([c.__name__ for c in KeyError.__mro__])
