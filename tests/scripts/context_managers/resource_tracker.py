# a context manager tracking open resources, used in loops and functions
class Resource:
    open_count = 0
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        Resource.open_count += 1
        return self
    def __exit__(self, t, v, tb):
        Resource.open_count -= 1
        print('closed', self.name, 'error' if t else 'ok')
def use(names):
    for n in names:
        with Resource(n) as r:
            if n == 'bad':
                raise RuntimeError(n)
            print('using', r.name, Resource.open_count)
try:
    use(['a', 'b', 'bad', 'c'])
except RuntimeError as e:
    print('failed on', e, 'open now', Resource.open_count)
