# Allocation: build and walk many short-lived binary trees (tuples and small classes).
MAX_DEPTH = 16


class Node:
    __slots__ = ("left", "right")

    def __init__(self, left, right):
        self.left = left
        self.right = right


def make_tuple(depth):
    if depth == 0:
        return (None, None)
    depth -= 1
    return (make_tuple(depth), make_tuple(depth))


def check_tuple(tree):
    left, right = tree
    if left is None:
        return 1
    return 1 + check_tuple(left) + check_tuple(right)


def make_node(depth):
    if depth == 0:
        return Node(None, None)
    depth -= 1
    return Node(make_node(depth), make_node(depth))


def check_node(node):
    if node.left is None:
        return 1
    return 1 + check_node(node.left) + check_node(node.right)


min_depth = 4
max_depth = MAX_DEPTH
total = 0
long_lived = make_tuple(max_depth)
for depth in range(min_depth, max_depth + 1, 2):
    iterations = 2 ** (max_depth - depth + min_depth - 2)
    chk = 0
    for i in range(iterations):
        if i & 1:
            chk += check_node(make_node(depth))
        else:
            chk += check_tuple(make_tuple(depth))
    print(f"{iterations}\t trees of depth {depth}\t check: {chk}")
    total += chk
ll = check_tuple(long_lived)
print(f"long lived tree of depth {max_depth}\t check: {ll}")
print("checksum", total + ll)
