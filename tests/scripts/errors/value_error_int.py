# uncaught ValueError from int()
print(int('42'))
print(int('abc'))
