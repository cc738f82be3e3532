# __init__, methods, class vs instance attributes
class Dog:
    species = 'canis'
    count = 0
    def __init__(self, name, age=1):
        self.name = name
        self.age = age
        Dog.count += 1
    def bark(self):
        return self.name + ' says woof'
    def birthday(self):
        self.age += 1
        return self
d1 = Dog('Rex')
d2 = Dog('Fido', 5)
print(d1.name, d1.age, d2.name, d2.age, Dog.count)
print(d1.bark(), Dog.bark(d2))
print(d1.birthday().birthday().age)
print(d1.species, Dog.species)
d1.species = 'custom'
print(d1.species, d2.species, Dog.species)
Dog.species = 'lupus'
print(d1.species, d2.species)
del d1.species
print(d1.species)
print(d1.__dict__, sorted(d2.__dict__))
m = d2.bark
print(m(), m.__name__)
print(type(d1).__name__, d1.__class__.__name__, d1.__class__ is Dog, Dog.__name__, Dog.__qualname__)
class Empty:
    pass
e = Empty()
e.anything = 42
print(e.anything, e.__dict__)
class Counter:
    instances = []
    def __init__(self):
        Counter.instances.append(self)
        self.id = len(Counter.instances)
a, b, c = Counter(), Counter(), Counter()
print([x.id for x in Counter.instances], c.id)
