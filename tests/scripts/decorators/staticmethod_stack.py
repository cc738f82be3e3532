# stacking user decorators with staticmethod/classmethod/property
def doubled(fn):
    def wrapper(*a):
        return 2 * fn(*a)
    return wrapper
class K:
    base = 5
    @staticmethod
    @doubled
    def s(x):
        return x
    @classmethod
    @doubled
    def c(cls, x):
        return cls.base + x
    @property
    @doubled
    def p(self):
        return self.base
print(K.s(4), K.c(1), K().p)
