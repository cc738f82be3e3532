# augmented assignment semantics on mutable vs immutable objects
lst = [1]
alias = lst
lst += [2]
print(lst, alias, lst is alias)
lst = lst + [3]
print(lst, alias, lst is alias)
tup = (1,)
talias = tup
tup += (2,)
print(tup, talias, tup is talias)
s = 'a'
salias = s
s += 'b'
print(s, salias)
st = {1}
stalias = st
st |= {2}
print(st, stalias, st is stalias)
d = {'a': 1}
dalias = d
d |= {'b': 2}
print(d, dalias is d)
n = 5
n += 2.5
print(n, type(n).__name__)
b = True
b += 1
print(b, type(b).__name__)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print('TypeError:', e, t)
lst2 = [1, 2]
lst2 += 'ab'
lst2 += range(2)
print(lst2)
try:
    tup += [3]
except TypeError as e:
    print('TypeError:', e)
x = [0]
x *= 3
print(x)
