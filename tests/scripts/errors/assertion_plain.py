# uncaught AssertionError without a message
x = 3
print('x =', x)
assert x > 5
