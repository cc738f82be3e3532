# matrices as nested lists
def mat_mul(a, b):
    return [[sum([a[i][k] * b[k][j] for k in range(len(b))]) for j in range(len(b[0]))] for i in range(len(a))]
def transpose(m):
    return [list(row) for row in zip(*m)]
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
def det(m):
    if len(m) == 1:
        return m[0][0]
    total = 0
    for c in range(len(m)):
        minor = [row[:c] + row[c + 1:] for row in m[1:]]
        total += (-1) ** c * m[0][c] * det(minor)
    return total
a = [[1, 2], [3, 4]]
b = [[5, 6], [7, 8]]
print(mat_mul(a, b), transpose([[1, 2, 3], [4, 5, 6]]), identity(3))
print(mat_mul(a, identity(2)) == a, det(a), det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]))
m = identity(4)
for _ in range(3):
    m = mat_mul(m, [[1, 1, 0, 0], [0, 1, 1, 0], [0, 0, 1, 1], [0, 0, 0, 1]])
for row in m:
    print(' '.join([str(v).rjust(3) for v in row]))
fib = [[1, 1], [1, 0]]
r = identity(2)
for _ in range(90):
    r = mat_mul(r, fib)
print(r[0][1])
print([[x / 2 for x in row] for row in a])
