# uncaught AssertionError with a message
values = [1, 2, 3]
print(sum(values))
assert sum(values) == 7, 'sum should be 7, got %d' % sum(values)
