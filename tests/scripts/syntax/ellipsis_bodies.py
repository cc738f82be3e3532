# ... and docstrings as function bodies; stub classes
def stub():
    ...
def doc_only():
    """only a docstring"""
class Stub:
    ...
class DocOnly:
    "doc"
print(stub(), doc_only(), Stub.__name__, DocOnly.__doc__)
x = ...
print(x, x is Ellipsis, [..., 1], type(x).__name__)
if True:
    ...
for _ in range(2):
    ...
print('done')
