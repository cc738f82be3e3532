# a linked list class with dunder methods
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
class LinkedList:
    def __init__(self, *values):
        self.head = None
        self.size = 0
        for v in reversed(values):
            self.push(v)
    def push(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def pop(self):
        if self.head is None:
            raise IndexError('pop from empty LinkedList')
        v = self.head.value
        self.head = self.head.next
        self.size -= 1
        return v
    def __len__(self):
        return self.size
    def __iter__(self):
        return LLIter(self.head)
    def __repr__(self):
        return 'LinkedList(' + ', '.join([repr(v) for v in self]) + ')'
    def __getitem__(self, i):
        if i < 0:
            i += self.size
        for j, v in enumerate(self):
            if j == i:
                return v
        raise IndexError('LinkedList index out of range')
    def __contains__(self, v):
        for x in self:
            if x == v:
                return True
        return False
    def reverse(self):
        prev = None
        cur = self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
class LLIter:
    def __init__(self, node):
        self.node = node
    def __iter__(self):
        return self
    def __next__(self):
        if self.node is None:
            raise StopIteration
        v = self.node.value
        self.node = self.node.next
        return v
ll = LinkedList(1, 2, 3)
print(ll, len(ll), list(ll), ll[0], ll[-1], 2 in ll, 9 in ll)
ll.push(0)
print(ll, ll.pop(), ll.pop(), ll)
ll = LinkedList('a', 'b', 'c', 'd')
ll.reverse()
print(ll, sorted(ll), [x * 2 for x in ll])
try:
    ll[10]
except IndexError as e:
    print('IndexError:', e)
empty = LinkedList()
print(empty, len(empty), bool(empty))
try:
    empty.pop()
except IndexError as e:
    print('IndexError:', e)
