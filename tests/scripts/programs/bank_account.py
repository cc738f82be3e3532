# a small object model: accounts, transfers, errors
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__('need %d, have %d' % (needed, available))
        self.needed = needed
        self.available = available
class Account:
    _next_id = 100
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
        self.id = Account._next_id
        Account._next_id += 1
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError('deposit must be positive')
        self.balance += amount
        self.history.append(('deposit', amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(amount, self.balance)
        self.balance -= amount
        self.history.append(('withdraw', amount))
    def __repr__(self):
        return 'Account(%d, %r, %d)' % (self.id, self.owner, self.balance)
class Savings(Account):
    rate = 0.05
    def add_interest(self):
        interest = int(self.balance * self.rate)
        self.deposit(interest)
        return interest
def transfer(src, dst, amount):
    try:
        src.withdraw(amount)
    except InsufficientFunds as e:
        print('transfer failed:', e, e.needed - e.available, 'short')
        return False
    dst.deposit(amount)
    return True
a = Account('ann', 100)
b = Savings('bob', 1000)
print(a, b)
print(transfer(a, b, 30), transfer(a, b, 500))
print(b.add_interest(), b)
try:
    a.deposit(-5)
except ValueError as e:
    print('ValueError:', e)
print(a.history, b.history)
print(isinstance(b, Account), type(b).__name__, [c.__name__ for c in Savings.__mro__])
