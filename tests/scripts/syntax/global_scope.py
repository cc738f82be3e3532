# module-level names and scoping basics
counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter)
def reader():
    return counter * 10
print(reader())
def shadow():
    counter = 'local'
    return counter
print(shadow(), counter)
print(__name__)
