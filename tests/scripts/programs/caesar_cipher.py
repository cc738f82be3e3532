# Caesar and Vigenere ciphers over ASCII letters
def shift_char(c, k):
    if 'a' <= c <= 'z':
        return chr((ord(c) - 97 + k) % 26 + 97)
    if 'A' <= c <= 'Z':
        return chr((ord(c) - 65 + k) % 26 + 65)
    return c
def caesar(text, k):
    return ''.join([shift_char(c, k) for c in text])
def vigenere(text, key, sign=1):
    out = []
    i = 0
    for c in text:
        if c.isalpha():
            out.append(shift_char(c, sign * (ord(key[i % len(key)].lower()) - 97)))
            i += 1
        else:
            out.append(c)
    return ''.join(out)
msg = 'Hello, World! The quick brown fox.'
for k in [1, 3, 13, 25, -1]:
    enc = caesar(msg, k)
    print(k, enc, caesar(enc, -k) == msg)
v = vigenere(msg, 'Lemon')
print(v, vigenere(v, 'Lemon', -1))
freq = {}
for c in caesar(msg, 7).lower():
    if c.isalpha():
        freq[c] = freq.get(c, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
