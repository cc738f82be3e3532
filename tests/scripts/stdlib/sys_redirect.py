# sys.stdout replaced by a script object: print writes through it; restoring works
import sys


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass


cap = Capture()
old = sys.stdout
sys.stdout = cap
print('hello', 42)
print('a', 'b', sep='-', end='!\n')
sys.stdout = old
print(cap.parts)
print(sys.stdout is sys.__stdout__)
err = Capture()
print('to err', file=err)
print(err.parts)
sys.stdout = None
print('dropped')
sys.stdout = sys.__stdout__
print('back')


class NoWrite:
    pass


sys.stdout = NoWrite()
try:
    print('x')
except AttributeError as e:
    sys.stdout = sys.__stdout__
    print('AttributeError', e)


class Flushing(Capture):
    def flush(self):
        self.parts.append('<flush>')


fl = Flushing()
print('x', 'y', file=fl, flush=True)
print(fl.parts)
sys.stderr.write('')
print('out', file=sys.stdout)
