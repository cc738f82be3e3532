# PEP 562: a module's __getattr__ answers the names the module lacks.
import sys
import types

calls = []


def _lazy(name):
    calls.append(name)
    if name == "lazy":
        return "L"
    raise AttributeError(f"module 'lazymod' has no attribute {name!r}")


m = types.ModuleType("lazymod")
m.eager = 1
m.__getattr__ = _lazy
sys.modules["lazymod"] = m

import lazymod

print(lazymod.eager, lazymod.lazy, calls)
print(hasattr(lazymod, "nope"), getattr(lazymod, "nope", "default"), calls)
from lazymod import lazy

print(lazy)
try:
    lazymod.missing
except AttributeError as e:
    print("AttributeError", e)
try:
    from lazymod import other
except ImportError as e:
    print("ImportError", e)
