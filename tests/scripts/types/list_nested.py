# nested lists, aliasing, copying, flattening
board = [['.'] * 3 for _ in range(3)]
board[1][1] = 'X'
board[0][2] = 'O'
for row in board:
    print(''.join(row))
alias = [[0] * 2] * 2
alias[0][0] = 9
print(alias, alias[0] is alias[1])
outer = [[1, 2], [3, 4]]
shallow = list(outer)
shallow2 = outer[:]
deepish = [row[:] for row in outer]
outer[0].append(99)
print(shallow, shallow2, deepish)
print(outer == shallow, outer is shallow, outer[0] is shallow[0], outer[0] is deepish[0])
flat = [x for row in [[1, 2], [3], [], [4, 5, 6]] for x in row]
print(flat)
transposed = [[row[i] for row in [[1, 2, 3], [4, 5, 6]]] for i in range(3)]
print(transposed)
a = [1, 2]
b = [a, a]
a.append(3)
print(b)
c = []
c.append(c)
c.append(1)
print(c, c[0] is c, c[0][0][0][1])
d = [1, [2, [3, [4]]]]
print(d[1][1][1][0], len(d), str(d))
print([[1, 2], [3]] == [[1, 2], [3]], [[1]] < [[1, 0]])
