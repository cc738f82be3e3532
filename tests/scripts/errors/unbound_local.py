# uncaught UnboundLocalError
total = 0
def add(n):
    total += n
    return total
print('adding')
add(1)
