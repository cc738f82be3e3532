# a Matrix class with operator overloading and indexing
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])
    @property
    def shape(self):
        return (len(self.rows), len(self.rows[0]))
    def __getitem__(self, pos):
        r, c = pos
        return self.rows[r][c]
    def __setitem__(self, pos, v):
        r, c = pos
        self.rows[r][c] = v
    def __add__(self, o):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, o.rows)])
    def __mul__(self, o):
        if isinstance(o, (int, float)):
            return Matrix([[a * o for a in r] for r in self.rows])
        cols = list(zip(*o.rows))
        return Matrix([[sum([a * b for a, b in zip(r, c)]) for c in cols] for r in self.rows])
    __rmul__ = __mul__
    def __matmul__(self, o):
        return self * o
    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows
    def __repr__(self):
        return 'Matrix(%r)' % (self.rows,)
    def __str__(self):
        return '\n'.join([' '.join(['%3s' % v for v in r]) for r in self.rows])
    def __len__(self):
        return len(self.rows)
    def __iter__(self):
        return iter(self.rows)
m = Matrix([[1, 2], [3, 4]])
print(m.shape, m[0, 1], len(m), list(m))
print(m + m, m * 2, 2 * m, m * m, m @ Matrix.identity(2))
print(m * Matrix.identity(2) == m, m == [[1, 2], [3, 4]])
m[1, 1] = 10
print(m)
print(str(Matrix.identity(3)))
