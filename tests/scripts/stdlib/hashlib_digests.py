# hashlib: md5, sha1 and SHA-2 digests, incremental update, copy, new().
import hashlib

for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]:
    h = getattr(hashlib, name)(b"hello world")
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())

h = hashlib.sha256()
h.update(b"hello ")
c = h.copy()
h.update(b"world")
print(h.hexdigest() == hashlib.sha256(b"hello world").hexdigest())
print(c.hexdigest() == hashlib.sha256(b"hello ").hexdigest())
print(h.digest()[:4], len(h.digest()), h.hexdigest() == h.hexdigest())
print(hashlib.new("SHA256", b"abc").hexdigest())
print(hashlib.md5(bytearray(b"x" * 1000)).hexdigest())
print(hashlib.sha1("ünï".encode()).hexdigest())
print(sorted(hashlib.algorithms_guaranteed & {"md5", "sha256", "sha512"}))
try:
    hashlib.sha256("text")
except TypeError as e:
    print("TypeError:", e)
try:
    hashlib.new("nope")
except ValueError as e:
    print("ValueError:", e)
