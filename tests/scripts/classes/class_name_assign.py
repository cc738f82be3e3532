# Assigning a class's __name__ and __qualname__.
class A: pass
A.__name__ = "b"
print(A.__name__, A, type(A()).__name__, A.__qualname__)
A.__qualname__ = "q"
print(A, A.__qualname__)
