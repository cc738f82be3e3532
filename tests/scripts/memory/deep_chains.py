# Freeing very long chains of containers neither crashes nor recurses deeply.
chain = []
for i in range(200000):
    chain = [chain]
del chain
print("list chain freed")


class Link:
    __slots__ = ()


class Node:
    def __init__(self, nxt):
        self.next = nxt


head = None
for i in range(100000):
    head = Node(head)
head = None
print("instance chain freed")

t = ()
for i in range(100000):
    t = (t, i)
t = None
d = {}
for i in range(100000):
    d = {"d": d}
d = None
print("tuple and dict chains freed")
