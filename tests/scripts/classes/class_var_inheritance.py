# class variables across inheritance: shadowing, mutation, cls-based counters
class Base:
    count = 0
    tags = []
    def __init__(self):
        type(self).count += 1
        self.tags.append(type(self).__name__)
class A(Base):
    pass
class B(Base):
    count = 100
Base(); A(); A(); B()
print(Base.count, A.count, B.count)
print(Base.tags, A.tags is Base.tags)
print('count' in A.__dict__, 'count' in B.__dict__)
class Config:
    settings = {'debug': False}
class Dev(Config):
    settings = dict(Config.settings, debug=True)
print(Config.settings, Dev.settings)
class Animal:
    sound = None
    def speak(self):
        return '%s says %s' % (type(self).__name__, self.sound or '...')
class Dog(Animal):
    sound = 'woof'
class Puppy(Dog):
    pass
class Fish(Animal):
    pass
print([c().speak() for c in (Animal, Dog, Puppy, Fish)])
Dog.sound = 'WOOF'
print(Puppy().speak())
