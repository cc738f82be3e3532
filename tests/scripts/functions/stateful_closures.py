# closures holding mutable state: bank, generator-free iterator, memo
def make_account(balance):
    def deposit(n):
        nonlocal balance
        balance += n
        return balance
    def withdraw(n):
        nonlocal balance
        if n > balance:
            raise ValueError('insufficient')
        balance -= n
        return balance
    def get():
        return balance
    return deposit, withdraw, get
dep, wd, get = make_account(100)
print(dep(50), wd(30), get())
try:
    wd(1000)
except ValueError as e:
    print('ValueError:', e, get())
def make_iter(seq):
    idx = -1
    def nxt():
        nonlocal idx
        idx += 1
        if idx >= len(seq):
            return None
        return seq[idx]
    return nxt
n = make_iter('abc')
print(n(), n(), n(), n(), n())
def make_toggle():
    state = [False]
    def toggle():
        state[0] = not state[0]
        return state[0]
    return toggle
t = make_toggle()
print([t() for _ in range(5)])
def outer():
    fns = []
    v = 0
    for _ in range(3):
        v += 1
        fns.append(lambda: v)
    return [f() for f in fns]
print(outer())
