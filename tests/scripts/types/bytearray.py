# bytearray: mutation and methods
ba = bytearray(b'abc')
print(ba, len(ba), ba[0], ba[-1], ba[1:])
ba.append(100)
print(ba)
ba.extend(b'ef')
ba.extend([103, 104])
print(ba)
ba[0] = 65
ba[-1] = ord('H')
print(ba)
ba[1:3] = b'XYZ'
print(ba)
del ba[0]
print(ba)
del ba[::2]
print(ba)
ba.insert(0, 33)
print(ba, ba.pop(), ba)
ba.remove(ord('Y'))
print(ba)
ba.reverse()
print(ba)
print(bytearray(3), bytearray([1, 2]), bytearray('hé', 'utf-8'), bytearray())
x = bytearray(b'hello world')
print(x.upper(), x.split(), x.replace(b'o', b'0'), x.find(b'w'), x.decode(), x.hex())
print(x == b'hello world', bytes(x), type(x[0:2]).__name__, x.startswith(b'hell'))
x += b'!'
print(x)
x *= 2
print(x)
try:
    x[0] = 300
except ValueError as e:
    print('ValueError:', e)
try:
    x.append('a')
except TypeError as e:
    print('TypeError:', e)
y = bytearray(b'abc')
z = y
z.append(100)
print(y, y is z, y.copy() == y, y.copy() is y)
y.clear()
print(y, repr(bytearray(b'\x00\'"')))
print(bytearray.fromhex('ff00'), b'-'.join([bytearray(b'a'), b'b']))
