# from X import * where sys.modules holds a class or an instance.
import sys


class Plain:
    alpha = 'class alpha'
    _hidden = 'no'

    def __init__(self):
        self.alpha = 'instance alpha'
        self.beta = 'instance beta'


sys.modules['fake_mod'] = Plain
from fake_mod import *
print(alpha, '_hidden' in globals())
sys.modules['fake_mod'] = Plain()
from fake_mod import *
print(alpha, beta)


class WithAll:
    __all__ = ('gamma',)
    gamma = 'g'
    delta = 'd'


sys.modules['fake_mod'] = WithAll
from fake_mod import *
print(gamma, 'delta' in globals())
for bad in [1, None]:
    sys.modules['fake_mod'] = bad
    try:
        from fake_mod import *
    except ImportError as e:
        print('ImportError:', e)
