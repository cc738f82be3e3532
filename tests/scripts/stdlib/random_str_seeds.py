# str, bytes and bytearray seeds give CPython's sequences (the seed is the
# bytes followed by their SHA-512 digest, as an int).
import random
for s in ["abc", "hello world", "", b"bytes", bytearray(b"ba"), "ünïcode"]:
    random.seed(s)
    print(repr(s), random.random(), random.randint(1, 100))
r = random.Random("x")
print(r.random(), r.choice("abcdef"))
random.seed(12345)
print(random.random())
