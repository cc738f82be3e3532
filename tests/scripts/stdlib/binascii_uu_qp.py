# binascii's uuencode and quoted-printable conversions: line formats, soft
# breaks, header mode, malformed input, and seeded random round trips.
import binascii
import hashlib
import random


b = binascii


def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


t(b.b2a_uu, b'')
t(b.b2a_uu, b'', backtick=True)
t(b.b2a_uu, b'hello world')
t(b.b2a_uu, b'\0\0\0', backtick=True)
t(b.b2a_uu, b'\0\0\0')
t(b.b2a_uu, b'x'*45)
t(b.b2a_uu, b'x'*46)
t(b.b2a_uu, 'x')
t(b.b2a_uu, b'a', True)
for s in [b'+:&5L;&\\@=V]R;&0*\n', b'+:&5L;&\\@=V]R;&0', b'+:&5L;&\\@=V]R;&0*xx\n', b'+:&5L;&\\@=V]R;&0*  \n', b'', b'\n', b' ', b'`', b'!', b'!8', b'!8`', b'"8', b'#86%C', b'#86%C\x7f', b'#86%C!!!!!', b'#86%C    ', b'#86%Ca', b'#8~%C', b'#86%C \n', b'!\x80', b'!  ', b'#`````', b'#    ', 'é', 'abc', 1]:
    t(b.a2b_uu, s)
for d in [b'', b'hello = world', b'tab\there ', b'end space ', b'end tab\t', b'.\n', b'a\n.\nb', b'line\r\nnext\r\n', b'a\nb\r\nc', b'\x00\x7f\x80\xff', b'x'*100, b'x'*75 + b'=', b'x' * 74 + b'\n' + b'y'*80, b'_ under_score', b'a \nb\t\n', b'.', b'.\r', b'a.']:
    t(b.b2a_qp, d)
    t(b.b2a_qp, d, quotetabs=True)
    t(b.b2a_qp, d, istext=False)
    t(b.b2a_qp, d, header=True)
t(b.b2a_qp, 'x')
t(b.b2a_qp, b'x', 1, 0, 1)
t(b.b2a_qp, data=b'x y', header=True)
for s in [b'', b'a=3Db', b'a=3db', b'=', b'a=', b'=\nb', b'=\r\nb', b'= \nb', b'=\rb', b'==41', b'=4', b'=4g', b'=G1', b'a_b', 'a=41', b'x\r\ny']:
    t(b.a2b_qp, s)
    t(b.a2b_qp, s, header=True)
t(b.a2b_qp, 'é')
t(b.a2b_qp, 1)
t(b.a2b_qp, data=b'=41')
rng = random.Random(21)
out = []
for i in range(1500):
    d = bytes(rng.choice(b'ab =._\t\r\n\x00\xff.') for _ in range(rng.choice([rng.randrange(8), rng.randrange(200)])))
    for q in (0, 1):
        for t in (0, 1):
            for h in (0, 1):
                e = binascii.b2a_qp(d, q, t, h)
                out.append(e)
                out.append(binascii.a2b_qp(e, h) == d)
    out.append(binascii.a2b_qp(d))
    out.append(binascii.a2b_qp(d, True))
    s = bytes(rng.choice(b'!"#8` \n\r~a=') for _ in range(rng.randrange(12)))
    try: out.append(binascii.a2b_uu(s))
    except binascii.Error as e: out.append(str(e))
    dd = d[:45]
    for bt in (False, True):
        e = binascii.b2a_uu(dd, backtick=bt)
        out.append(e); out.append(binascii.a2b_uu(e) == dd)
print(len(out), hashlib.md5(repr(out).encode()).hexdigest())
print(out[::999])
