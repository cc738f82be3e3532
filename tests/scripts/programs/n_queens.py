# n-queens by backtracking
def solve(n):
    solutions = []
    cols = []
    def place(row):
        if row == n:
            solutions.append(list(cols))
            return
        for c in range(n):
            if all([c != cc and abs(c - cc) != row - r for r, cc in enumerate(cols)]):
                cols.append(c)
                place(row + 1)
                cols.pop()
    place(0)
    return solutions
for n in range(1, 8):
    print(n, len(solve(n)))
first = solve(6)[0]
print(first)
for c in first:
    print(''.join(['Q' if i == c else '.' for i in range(6)]))
