# uncaught ZeroDivisionError
print('before')
x = 10
print(x // (x - 10))
print('never')
