"""Module docstring for this test script."""
# the module docstring is available as __doc__
print(__doc__)
print(type(__doc__).__name__, len(__doc__))
def f():
    'single-quoted docstring'
class K:
    '''class docstring'''
    def m(self):
        """method docstring"""
print(f.__doc__, K.__doc__, K.m.__doc__, K().m.__doc__)
def not_doc():
    x = 1
    """this string is not a docstring"""
print(not_doc.__doc__)
