# @staticmethod and @classmethod (alternative constructors)
class Date:
    created = 0
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        Date.created += 1
    @classmethod
    def from_string(cls, s):
        y, m, d = s.split('-')
        return cls(int(y), int(m), int(d))
    @classmethod
    def today_like(cls):
        return cls(2000, 1, 1)
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return '%s(%d, %d, %d)' % (type(self).__name__, self.y, self.m, self.d)
class MyDate(Date):
    pass
print(Date.from_string('2024-02-29'), MyDate.from_string('1999-12-31'), MyDate.today_like())
print(Date.is_leap(2000), Date.is_leap(1900), Date(1, 1, 1).is_leap(2024), MyDate.is_leap(2023))
print(Date.created)
sm = Date.is_leap
print(sm(1996), type(Date.__dict__['is_leap']).__name__, type(Date.__dict__['from_string']).__name__)
bound = Date.from_string
print(bound('2001-01-01'))
class Registry:
    items = []
    @classmethod
    def register(cls, x):
        cls.items.append(x)
        return len(cls.items)
print(Registry.register('a'), Registry().register('b'), Registry.items)
