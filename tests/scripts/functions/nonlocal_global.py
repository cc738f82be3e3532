# nonlocal and global declarations
x = 'global x'
def read_global():
    return x
def write_global():
    global x
    x = 'rewritten'
print(read_global())
write_global()
print(x)
def make():
    y = 0
    def bump(by):
        nonlocal y
        y += by
        return y
    def peek():
        return y
    return bump, peek
bump, peek = make()
bump(3); bump(4)
print(peek())
def two_levels():
    v = 1
    def mid():
        def inner():
            nonlocal v
            v *= 10
        inner()
        inner()
    mid()
    return v
print(two_levels())
def create_global():
    global brand_new
    brand_new = 'created inside'
create_global()
print(brand_new)
def shadowing():
    x = 'local'
    def inner():
        global x
        return x
    return inner()
print(shadowing())
def nl_loop():
    total = 0
    def add(v):
        nonlocal total
        total += v
    for i in range(5):
        add(i)
    return total
print(nl_loop())
