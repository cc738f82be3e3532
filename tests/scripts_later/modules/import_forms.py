# import statement forms
import math as m
from math import sqrt, floor as fl
from collections import *
import sys
print(m.sqrt(4), sqrt(9), fl(2.5), Counter('aab')['a'], 'math' in sys.modules)
try:
    import does_not_exist_module
except ModuleNotFoundError as e:
    print('ModuleNotFoundError:', e)
try:
    from math import nope
except ImportError as e:
    print('ImportError:', e)
