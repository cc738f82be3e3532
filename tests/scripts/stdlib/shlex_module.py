# shlex: split (POSIX and classic, comments), quote and join, and the shlex
# class (attributes, punctuation runs, pushback, source inclusion, line
# numbers, errors), cross-checked on seeded random inputs.
import contextlib
import hashlib
import io
import random
import re
import shlex
import warnings

print(shlex.__all__)
s = shlex.shlex('a b')
print(s.commenters, repr(s.wordchars), repr(s.whitespace), s.quotes, s.escape, s.escapedquotes)
print(repr(s.state), s.lineno, s.debug, repr(s.token), s.source, s.infile, repr(s.eof),
      repr(s.punctuation_chars), s.whitespace_split, s.posix, s.pushback, s.filestack)
s = shlex.shlex('a b', posix=True, punctuation_chars=True)
print(repr(s.wordchars), s.punctuation_chars, s.eof)
s = shlex.shlex('a b', punctuation_chars='|&')
print(repr(s.wordchars), s.punctuation_chars)
try:
    s.punctuation_chars = 'x'
except AttributeError:
    print('read-only punctuation_chars')


def t(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))


t('split', shlex.split, 'a "b c" d\\ e # f')
t('comments', shlex.split, 'a # b\nc', comments=True)
t('classic', shlex.split, 'a "b c" \'d\' e\\f', posix=False)
t('quotes', shlex.split, '"a\\"b" \'a\\b\' "a\\b" "a\\\\b" a\\\\b ""')
t('empty quotes', shlex.split, '"" \'\' x""y')
t('unclosed', shlex.split, '"a')
t('unclosed single', shlex.split, "'a")
t('trailing escape', shlex.split, 'a\\')
t('classic unclosed', shlex.split, '"a', posix=False)
t('newlines', shlex.split, 'a\nb\r\nc\td')
t('latin-1', shlex.split, 'caf\xe9 stra\xdfe')
t('int', shlex.split, 1)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    t('None', shlex.split, None)
print([str(w.message) for w in caught], [w.category.__name__ for w in caught])

for word in ['', 'abc', 'a b', "it's", '\xe9', '-x', 'a@b%c+d=e:f,g./h', '$HOME', 'a\nb', '*']:
    print(repr(word), shlex.quote(word))
t('quote int', shlex.quote, 1)
print(shlex.join(['a b', 'c', '', "'"]))
print(shlex.split(shlex.join(['a b', 'c', '', "'"])))

print(list(shlex.shlex('a && b || c; (d) >> e', punctuation_chars=True)))
print(list(shlex.shlex('a && b;c', punctuation_chars=';')))
print(list(shlex.shlex('ls -l ~/x.py|wc', posix=True, punctuation_chars=True)))
print(list(shlex.shlex('a=1 b.c "d e"')))
print(list(shlex.shlex('a=1 b.c "d e"', posix=True)))
lex = shlex.shlex('a=1 b.c', posix=True)
lex.whitespace_split = True
print(list(lex))

lex = shlex.shlex('x y\nz # comment\nw', infile='input.txt')
print(lex.error_leader(), lex.error_leader('f', 3))
print(repr(lex.get_token()), lex.lineno)
lex.push_token('pushed')
print(repr(lex.get_token()), repr(lex.get_token()), repr(lex.get_token()), lex.lineno)
print(repr(lex.get_token()), repr(lex.get_token()), repr(lex.get_token()), lex.lineno)
print(lex.error_leader())

# Reading another source in the middle, then back.
lex = shlex.shlex('one two three')
print(lex.get_token())
lex.push_source('inner1 inner2', 'inner.txt')
print(lex.get_token(), lex.infile, lex.lineno, lex.error_leader())
print(lex.get_token(), lex.get_token(), lex.infile)
print(repr(lex.get_token()))


class Included(shlex.shlex):
    def sourcehook(self, newfile):
        return (newfile, io.StringIO('from_' + newfile + ' more'))


lex = Included('a source inc.txt b', posix=True)
lex.source = 'source'
print(list(lex))
lex = Included('a "source" b')
lex.source = 'source'
print(list(lex))

lex = shlex.shlex(io.StringIO('streamed "words" here'), posix=True)
print([tok for tok in lex], lex.state, lex.lineno)
lex = shlex.shlex('a b')
print(iter(lex) is lex, next(lex), next(lex))
try:
    next(lex)
except StopIteration:
    print('StopIteration')

# Seeded random inputs through every mode.
rng = random.Random(11)
out = []
chars = ['a', 'b', ' ', '"', "'", '\\', '#', '\n', ';', '|', '&', '(', ')', '-', '.', '~',
         '=', '*', '\xe9', '\t', '$', '!', '<', '>', '\xdf']
for i in range(1500):
    text = ''.join(rng.choice(chars) for _ in range(rng.randrange(10)))
    posix = rng.random() < .5
    for punct in (False, True, '|&', ';'):
        try:
            lex = shlex.shlex(text, posix=posix, punctuation_chars=punct)
            lex.whitespace_split = rng.random() < .5
            if rng.random() < .3:
                lex.commenters = ''
            toks = []
            while True:
                tok = lex.get_token()
                toks.append(tok)
                if tok == lex.eof or len(toks) > 50:
                    break
            r = (toks, lex.lineno, lex.state)
        except ValueError as e:
            r = str(e)
        out.append(r)
    for comments in (False, True):
        try:
            out.append(shlex.split(text, comments=comments, posix=posix))
        except ValueError as e:
            out.append(str(e))
    out.append(shlex.quote(text))
    out.append(shlex.split(shlex.join([text, text[:3]])) == [text, text[:3]])
print(len(out), hashlib.md5(repr(out).encode()).hexdigest())
for r in out[::601]:
    print(repr(r))

# The debug trace at each level (stream reprs have their addresses removed).
trace = io.StringIO()
with contextlib.redirect_stdout(trace):
    s = shlex.shlex('a "b" c\\d # x\ne;f', posix=True, punctuation_chars=True)
    s.debug = 3
    print(list(s))
    s = shlex.shlex('x y')
    s.debug = 1
    s.push_token('t'); print(s.get_token(), s.get_token())
    s.push_source(io.StringIO('z'), 'f'); print(s.get_token(), s.get_token())
    s.push_source('w'); print(s.get_token())
    for text, posix in [('"a', True), ('a\\', True), ('a b', False), ('  a  "b c"  ', True), ('a(b)', False), ("'x' y", False)]:
        for level in (1, 2, 3):
            s = shlex.shlex(text, posix=posix); s.debug = level
            try: print(list(s))
            except ValueError as e: print(e)
    rng = random.Random(4)
    for i in range(200):
        text = ''.join(rng.choice(['a', ' ', '"', "'", '\\', '#', '\n', ';', '(', 'é']) for _ in range(rng.randrange(6)))
        s = shlex.shlex(text, posix=rng.random() < .5, punctuation_chars=rng.random() < .5)
        s.whitespace_split = rng.random() < .5
        s.debug = rng.randrange(4)
        try: print(list(s))
        except ValueError as e: print(e)
print(re.sub('0x[0-9a-f]+', 'ADDR', trace.getvalue()))
