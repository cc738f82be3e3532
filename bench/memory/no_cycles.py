# The same loop without cycles and with the collector disabled: reference
# counting alone must keep memory flat.
import gc

gc.disable()


class Node:
    def __init__(self):
        self.other = None


for i in range(5_000_000):
    a = Node()
    b = Node()
    a.other = b
print("done", gc.isenabled())
