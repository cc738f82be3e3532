# rich comparisons and sorting objects
class Version:
    def __init__(self, major, minor):
        self.major, self.minor = major, minor
    def key(self):
        return (self.major, self.minor)
    def __eq__(self, other):
        return isinstance(other, Version) and self.key() == other.key()
    def __lt__(self, other):
        return self.key() < other.key()
    def __le__(self, other):
        return self.key() <= other.key()
    def __repr__(self):
        return 'v%d.%d' % self.key()
vs = [Version(1, 2), Version(0, 9), Version(1, 0), Version(0, 9)]
print(sorted(vs), min(vs), max(vs))
print(Version(1, 0) == Version(1, 0), Version(1, 0) != Version(1, 1), Version(1, 0) < Version(1, 1))
print(Version(2, 0) > Version(1, 5), Version(1, 0) >= Version(1, 0))
print(Version(1, 0) == 'v1.0', Version(1, 0) in [Version(1, 0)])
try:
    Version(1, 0) < 5
except AttributeError as e:
    print('AttributeError:', e)
class Plain:
    pass
p = Plain()
print(p == p, p == Plain(), p != Plain())
try:
    Plain() < Plain()
except TypeError as e:
    print('TypeError:', e)
class Reflect:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        print('Reflect.__gt__ called')
        return self.v > other
print(3 < Reflect(5))
class OnlyEq:
    def __eq__(self, other):
        return True
print(OnlyEq() != 1, OnlyEq() == None)
print(sorted([Version(3, 1), Version(2, 2)], reverse=True))
