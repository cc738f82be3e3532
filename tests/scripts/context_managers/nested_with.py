# multiple context managers in one with statement, and nesting
class CM:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print('enter', self.n)
        return self.n
    def __exit__(self, *a):
        print('exit', self.n)
with CM(1) as a, CM(2) as b:
    print('body', a + b)
with CM('outer'):
    with CM('inner'):
        print('nested body')
with (CM('x') as x, CM('y') as y):
    print(x, y)
