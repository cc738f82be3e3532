# methods calling each other, recursion via self, class referenced inside methods
class Tree:
    def __init__(self, value, children=None):
        self.value = value
        self.children = children or []
    def add(self, value):
        node = Tree(value)
        self.children.append(node)
        return node
    def size(self):
        return 1 + sum([c.size() for c in self.children])
    def height(self):
        return 1 + max([c.height() for c in self.children], default=0)
    def walk(self, depth=0):
        lines = ['  ' * depth + str(self.value)]
        for c in self.children:
            lines.extend(c.walk(depth + 1))
        return lines
    def find(self, value):
        if self.value == value:
            return self
        for c in self.children:
            found = c.find(value)
            if found is not None:
                return found
        return None
root = Tree('root')
a = root.add('a')
a.add('a1').add('a1x')
root.add('b').add('b1')
print(root.size(), root.height())
print('\n'.join(root.walk()))
print(root.find('a1x').value, root.find('zzz'))
class Counter:
    total = 0
    def incr(self):
        Counter.total += 1
        type(self).total += 0
        return self
Counter().incr().incr()
print(Counter.total)
