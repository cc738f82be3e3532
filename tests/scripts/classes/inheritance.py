# single and multiple inheritance, method overriding
class Animal:
    sound = '...'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + ' says ' + self.sound
    def kind(self):
        return 'animal'
class Cat(Animal):
    sound = 'meow'
class Lion(Cat):
    sound = 'roar'
    def kind(self):
        return 'big ' + super().kind()
for a in [Animal('generic'), Cat('Tom'), Lion('Leo')]:
    print(a.speak(), '|', a.kind(), '|', type(a).__name__)
print(isinstance(Lion('x'), Animal), issubclass(Lion, Cat), issubclass(Cat, Lion))
print([c.__name__ for c in Lion.__mro__])
print(Lion.__bases__[0].__name__, Animal.__bases__[0].__name__)
class Flyer:
    def move(self):
        return 'fly'
    def fly_only(self):
        return 'wings'
class Swimmer:
    def move(self):
        return 'swim'
    def swim_only(self):
        return 'fins'
class Duck(Flyer, Swimmer):
    pass
class Penguin(Swimmer, Flyer):
    pass
print(Duck().move(), Penguin().move(), Duck().swim_only(), Penguin().fly_only())
print([c.__name__ for c in Duck.__mro__], [c.__name__ for c in Penguin.__mro__])
print([b.__name__ for b in Duck.__bases__])
class Base:
    def template(self):
        return 'base calls ' + self.hook()
    def hook(self):
        return 'base hook'
class Derived(Base):
    def hook(self):
        return 'derived hook'
print(Base().template(), '/', Derived().template())
