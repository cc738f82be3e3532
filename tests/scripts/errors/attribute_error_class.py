# uncaught AttributeError on a user object
class Box:
    def __init__(self):
        self.width = 2
b = Box()
print(b.width)
print(b.height)
