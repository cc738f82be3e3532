# urllib.parse: splitting and joining URLs, the result tuples and their netloc
# attributes, quoting, query strings, bytes arguments, and CPython's errors;
# then seeded random URLs through every function.
import hashlib
import random
import urllib.parse
from urllib import parse as parse_mod
print(parse_mod is urllib.parse, urllib.parse.__name__)
from urllib.parse import *
import urllib.parse as up


def t(label, f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))


for u in ['http://user:pw@Host.COM:80/p;a?q=1#f', 'path:80', 'a1+-.:x', '1a:x', '//h/p', 'http://[::1]:8/x', 'http://[::1/x',
          'http://::1]/x', 'http://[1.2.3.4]/', 'http://[v1.x]/', 'http://[vz.x]/', 'http://[zz]/', ' \x01http://h/\tp\n', 'mailto:a@b', 'http:x',
          'HTTP://H', 'http://h?x#y?z', '#frag', '?q', '', 'http://a@b@c:1/', 'file:///etc/x', 'x:', ':x', 'ht tp://h', 'é:x', 'http://h:/', 'http://h:-1', 'http://[::1]x:5/',
          'http://h/p;x;y/z;w', 'ftp://h/p;type=a']:
    t('split %r' % u, urlsplit, u)
    t('parse %r' % u, urlparse, u)
t('frag no', urlsplit, 'http://h/p?q#f', allow_fragments=False)
t('scheme default', urlsplit, '//h/p', 'https')
t('scheme default2', urlsplit, 'http://h/p', 'https')
t('bytes', urlsplit, b'http://h/p?q#f')
t('bytes nonascii', urlsplit, b'http://h/\xff')
t('int', urlsplit, 1)
t('mix', urljoin, 'http://h/', b'x')
t('mix2', urlsplit, 'http://h/', b'x')
r = urlsplit('http://User:Pw@[::1%eth0]:8080/p')
print(r.username, r.password, r.hostname, r.port, r.geturl())
for n in ['h:abc', 'h:65536', 'h:-1', 'h:+1', 'h:', 'h:0', 'h:00080', 'h:٣', 'user@h', 'user:@h', ':pw@h', '@h', 'h:1:2', '[::1]:x']:
    r = urlsplit('http://' + n + '/')
    t('port %r' % n, lambda: r.port)
    print(' ', r.username, r.password, r.hostname)
print(urlsplit('').hostname, urlsplit('').port, urlsplit('').username)
print(urlparse(b'http://u:p@H:1/').hostname, urlparse(b'http://u:p@H:1/').port, urlparse(b'http://u:p@H:1/').username)
t('unsplit', urlunsplit, ('http', '', '/x', '', ''))
t('unsplit2', urlunsplit, ('http', '', 'x', 'q', 'f'))
t('unsplit3', urlunsplit, ('', 'h', 'x', '', ''))
t('unsplit4', urlunsplit, ('mailto', '', 'a@b', '', ''))
t('unsplit5', urlunsplit, ('http', '', '//x', '', ''))
t('unsplit6', urlunsplit, (b'http', b'h', b'/x', b'', b''))
t('unsplit7', urlunsplit, ('http', 'h', '/x', '', '', ''))
t('unparse', urlunparse, ('http', 'h', '/x', 'p', 'q', 'f'))
t('unparse2', urlunparse, ('http', 'h', '/x', 'p', 'q'))
t('defrag', urldefrag, 'http://h/p#f')
t('defrag2', urldefrag, 'http://h/p')
t('defrag3', urldefrag, b'http://h/p;x?y#f')
print(urldefrag('http://h/p#f').geturl(), urldefrag('http://h/p').geturl())
r = urlparse('http://h/p;x?y#f')
print(r, r._replace(scheme='https').geturl(), r._asdict(), r._fields, r.encode(), r.encode().decode())
print(type(r).__mro__)
print(urlsplit(b'http://h/p').decode(), urldefrag(b'a#b').decode())
print(up.uses_relative, up.uses_netloc, up.uses_params, up.non_hierarchical, up.uses_query, up.uses_fragment, up.scheme_chars)
print(up.__all__)
t('q1', quote, 'a b/c?d=é&~_.-')
t('q2', quote, 'a b/c', safe='')
t('q3', quote, b'a b\xff')
t('q4', quote, b'a b', encoding='x')
t('q5', quote, b'a b', errors='x')
t('q6', quote, 1)
t('q7', quote, '')
t('q8', quote, 'é', encoding='latin-1')
t('q9', quote, '€', encoding='latin-1')
t('q10', quote, '€', encoding='latin-1', errors='replace')
t('q11', quote, '€', encoding='latin-1', errors='ignore')
t('q12', quote, 'a/b', safe=b'/')
t('q13', quote, 'a/bé', safe='é/')
t('q14', quote, 'abc', safe=1)
t('q15', quote, None)
t('qp1', quote_plus, 'a b+c/d')
t('qp2', quote_plus, b'a b+c')
t('qp3', quote_plus, 'a b', safe='+')
t('qp4', quote_plus, b'a b', safe=b'+')
t('qp5', quote_plus, 'ab', safe=b'/')
t('qp6', quote_plus, 'a b', safe=b'/')
t('qfb', quote_from_bytes, 'x')
t('qfb2', quote_from_bytes, bytearray(b'a b'))
t('qfb3', quote_from_bytes, b'')
t('u1', unquote, 'a%20b%2Fc%zz%e9%C3%A9%')
t('u2', unquote, 'caf%C3%A9', encoding='latin-1')
t('u3', unquote, '%ff', errors='strict')
t('u4', unquote, b'a%20b')
t('u5', unquote, 1)
t('u6', unquote, '')
t('u7', unquote, 'é%20€%E2%82%AC')
t('u8', unquote, '%E2%82')
t('u9', unquote, '%E2%82x%AC')
t('u10', unquote, None)
t('up1', unquote_plus, 'a+b%2B')
t('up2', unquote_plus, b'a+b')
t('utb1', unquote_to_bytes, 'a%20b%zz%')
t('utb2', unquote_to_bytes, b'a%2')
t('utb3', unquote_to_bytes, '')
t('utb4', unquote_to_bytes, 'é%41')
t('utb5', unquote_to_bytes, None)
t('utb6', unquote_to_bytes, 1)
t('utb7', unquote_to_bytes, bytearray(b'%41'))
t('pq1', parse_qsl, 'a=1&b=2&a=3&c&d=&&e=%20+x')
t('pq2', parse_qsl, 'a=1&b=2&a=3&c&d=&&e=%20+x', keep_blank_values=True)
t('pq3', parse_qsl, 'a=1&&b=2', strict_parsing=True)
t('pq4', parse_qsl, 'a=1&b', strict_parsing=True)
t('pq5', parse_qsl, 'a=1&b', strict_parsing=True, keep_blank_values=True)
t('pq6', parse_qsl, 'a=1;b=2', separator=';')
t('pq7', parse_qsl, 'a=1;b=2')
t('pq8', parse_qsl, 'a=1&b=2', max_num_fields=1)
t('pq9', parse_qsl, 'a=1&b=2', max_num_fields=2)
t('pq10', parse_qsl, b'a=1&b=%20')
t('pq11', parse_qsl, 'a=1', separator='')
t('pq12', parse_qsl, 'a=1', separator=1)
t('pq13', parse_qsl, '')
t('pq14', parse_qsl, 'a==b=c')
t('pq15', parse_qsl, 'a=%ff', errors='strict')
t('pq16', parse_qsl, 'a=%e9', encoding='latin-1')
t('pq17', parse_qsl, b'a=1;b=2', separator=b';')
t('pq18', parse_qsl, 'a=1;b=2', separator=b';')
t('pq19', parse_qsl, None)
t('pq20', parse_qsl, '', max_num_fields=0)
t('pq21', parse_qsl, '&', strict_parsing=True)
t('ps1', parse_qs, 'a=1&b=2&a=3&c')
t('ps2', parse_qs, 'a=1&b=2&a=3&c', True)
t('ps3', parse_qs, b'a=1&a=2')
t('ue1', urlencode, {'a': 1, 'b': 'x y', 'c': [1, 2], b'd': b'e f'})
t('ue2', urlencode, {'a': 1, 'b': 'x y', 'c': [1, 2], 'd': 'é', 'e': (), 'f': b'z', 'g': None}, doseq=True)
t('ue3', urlencode, [('a', 1), ('a', 2)])
t('ue4', urlencode, 'abc')
t('ue5', urlencode, ['ab'])
t('ue6', urlencode, 5)
t('ue7', urlencode, [])
t('ue8', urlencode, {'a/b': 'c/d'}, safe='/')
t('ue9', urlencode, {'a': 'b c'}, quote_via=quote)
t('ue10', urlencode, {'a': 'é'}, encoding='latin-1')
t('ue11', urlencode, {'a': [b'x', 'y', 3]}, True)
t('ue12', urlencode, [('a',)])
t('ue13', urlencode, {'a': {'x': 1}}, True)
t('ue14', urlencode, {'a': 'b'}.items())
t('ue15', urlencode, (('a', 1),))
t('unwrap', up.unwrap, '<URL:http://x/>')
t('unwrap2', up.unwrap, ' <http://x/> ')

# Falsy and non-str arguments, bytearray and memoryview.
for f, a in [(urlsplit, (None,)), (urlparse, (0,)), (urljoin, (None, 'x')), (urljoin, ('x', None)), (urlunsplit, ((None, None, None, None, None),)), (urldefrag, (None,)), (parse_qs, (b'',)), (quote, (bytearray(b'a b'),)), (quote_plus, (bytearray(b'a b'),)), (unquote, (bytearray(b'%41'),)), (urlencode, ({'a': bytearray(b'x')},)), (urlsplit, (bytearray(b'http://h/'),)), (urlsplit, (memoryview(b'http://h/'),))]:
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)
r = urlsplit(b'http://u:p@[::1]:80/p')
print(r.hostname, r.port, r.username, r.password, r._hostinfo, r._userinfo)
print(urlparse('http://h/p;x').encode('utf-8'), urldefrag('a#b').encode())

# Netlocs that NFKC normalization would change into other URLs.
for u in ['http://a\u2100b/', 'http://\uff20x/', 'http://\u00e9x/', 'http://u\uff1ap@h/', '//\ufe56?q', 'http://h/\uff0f', 'http://[::1]\uff1a/', 'http://\u2047#\u2100']:
    t('nfkc %r' % u, urlsplit, u)
    t('nfkc parse %r' % u, urlparse, u)

# Bracketed hosts: IPv6 (with zones and IPv4 tails), IPvFuture, and errors.
hosts = ['::1', '::', '1::', '::ffff:1.2.3.4', '1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7:8:9', '1::2::3',
         ':1::2', '1::2:', '12345::', '::1.2.3', '::1.02.3.4', '::256.1.1.1', 'fe80::1%eth0',
         'fe80::1%', 'fe80::1%a%b', '1.2.3.4', '01.2.3.4', 'v1.x', 'v.x', 'v1.', 'vg.x', 'V1.x',
         '1:2:3:4:5:6:1.2.3.4', '1:2:3:4:5:6:7:1.2.3.4', '::1:2:3:4:5:6:7', '1:2:3:4:5:6:7::',
         '1:2:3:4::5:6:7:8', '', 'abcd', ':', ':::', '1:2', 'g::1', 'A:B::C']
for h in hosts:
    t('host %r' % h, lambda: urlsplit('http://[%s]:80/' % h).hostname)

# Seeded random URLs: every function's result (or error) must agree.
rng = random.Random(5)
pieces = ['http:', 'https:', 'ftp:', 'mailto:', 'svn+ssh:', '//', 'h', 'u:p@', 'H.com', ':80',
          '[::1]', '/', '/', '..', '.', 'a', 'b', ';p', '?q', '#f', '=', '&', '%41', '%zz',
          '\xe9', ' ', '+', '\t', '%', '@', ':', '[', ']', 'g;x', '../', './']


def attempt(f, *args):
    try:
        return f(*args)
    except Exception as e:
        return (type(e).__name__, str(e))


def netloc_parts(url):
    r = urlsplit(url)
    return (r.hostname, r.username, r.password, r.geturl(), r.port)


out = []
for i in range(3000):
    base = ''.join(rng.choice(pieces) for _ in range(rng.randrange(6)))
    rel = ''.join(rng.choice(pieces) for _ in range(rng.randrange(5)))
    out.append(attempt(urljoin, base, rel))
    out.append(attempt(urljoin, base, rel, False))
    out.append(attempt(urlsplit, rel))
    out.append(attempt(urlparse, base))
    out.append(attempt(urldefrag, base))
    out.append(attempt(netloc_parts, base))
    for f in (quote, quote_plus, unquote, unquote_plus, unquote_to_bytes, parse_qsl, parse_qs):
        out.append(attempt(f, rel + base))
    out.append(attempt(parse_qsl, rel + base, True))
print(len(out), hashlib.md5(repr(out).encode()).hexdigest())
for r in out[::701]:
    print(repr(r))
rng = random.Random(9)
out = []
for i in range(2000):
    h = ''.join(rng.choice(['1', 'a', ':', '::', '.', '0', 'ffff', '255', '%', 'v', 'x', '12345'])
                for _ in range(rng.randrange(9)))
    out.append(attempt(lambda: urlsplit('http://[%s]/' % h).netloc))
print(len(out), hashlib.md5(repr(out).encode()).hexdigest())

# The helpers deprecated since 3.8, and their warnings.
import warnings
u = urllib.parse
warnings.simplefilter('ignore', DeprecationWarning)
cases = {
 'splittype': ['http://x/y', 'HTTP:x', 'a/b:c', ':x', 'x', 'a:', 'é:x', 'a\nb:c'],
 'splithost': ['//h:1/p', '//h', '//h?q', '//h#f', 'h/p', '//h:1p', '///p', '//\n/x', '//h/p?q'],
 'splituser': ['u:p@h', 'h', 'a@b@c', '@h'],
 'splitpasswd': ['u:p', 'u', 'u:p:q', ':'],
 'splitport': ['h:80', 'h:', 'h', 'h:x', 'h:1:2', ':80', 'h:٣', '[::1]:8', 'a\nb:1', 'h:80\n'],
 'splitnport': ['h:x', 'h', 'h:80', 'h:', ':1', 'h:٣'],
 'splitquery': ['a?b', 'a', 'a?b?c'],
 'splittag': ['a#b', 'a', 'a#b#c'],
 'splitattr': ['a;b;c', 'a'],
 'splitvalue': ['a=b', 'a', 'a=b=c'],
}
for name, args in cases.items():
    for a in args:
        try: print(name, repr(a), getattr(u, name)(a))
        except Exception as e: print(name, repr(a), type(e).__name__, e)
print(u.splitnport('h', 5), u.to_bytes('x'))
try: u.to_bytes('é')
except Exception as e: print(type(e).__name__, e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    u.splittype('a:b'); u.splitvalue('a'); u.to_bytes('x')
print([str(x.message) for x in w], [x.category.__name__ for x in w], [x.filename == __file__ for x in w])
print(u.clear_cache())
