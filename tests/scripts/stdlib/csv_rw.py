# csv.reader and csv.writer: quoting modes, escaping, doubled quotes, line
# endings inside and outside quoted fields, strict-mode and field-limit
# errors, QUOTE_NONNUMERIC conversion, line_num, and write/read round trips.
import csv
import io
import random


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


def rd(lines, **kw):
    return lambda: list(csv.reader(lines, **kw))


def wr(rows, **kw):
    def run():
        s = io.StringIO()
        w = csv.writer(s, **kw)
        try:
            counts = [w.writerow(r) for r in rows]
        except csv.Error as e:
            return 'Error: %s (wrote %r)' % (e, s.getvalue())
        return counts, s.getvalue()
    return run


print('-- reading')
show('basic', rd(['a,b,c\r\n', '1,2,3\r\n']))
show('blank lines', rd(['', ' ', 'a,', ',', '""', '"",""', '\r\n', '\n']))
show('quoted', rd(['a,"b,c","d""e",f']))
show('quote mid field', rd(['x,"a"b"c",d', '"a" b,c', 'a,b"c"d']))
show('multi-line field', rd(['a,"b\r\n', 'c"\r\n', 'd\r\n']))
show('lines without newlines', rd(['a,"b', 'c"', 'd']))
show('StringIO', lambda: list(csv.reader(io.StringIO('a,b\r\n"c\r\nd",e\r\n\r\nf'))))
show('StringIO newline=""', lambda: list(csv.reader(io.StringIO('x,"1\n2"\ny', newline=''))))
show('unterminated quote', rd(['a,"b']))
show('NUL', rd(['a,b\0c']))
show('skipinitialspace', rd(['1, 2, "x" ,"a""b"', 'a b  c'], skipinitialspace=True))
show('space delimiter', rd(['a b  c'], delimiter=' ', skipinitialspace=True))
show('no skip', rd(['1, "2"']))
show('escapechar', rd(['a\\,b,c\\"d,"e\\"f"', 'g\\\\h'], escapechar='\\'))
show('escape at end', rd(['a,\\'], escapechar='\\'))
show('escaped newline', rd(['a\\\n', 'b,c'], escapechar='\\'))
show('escaped CR', rd(['a\\\r\n', 'b,c'], escapechar='\\'))
show('no doublequote', rd(['a,"b""c"'], doublequote=False))
show('no doublequote esc', rd(['a,"b\\"c"'], doublequote=False, escapechar='\\'))
show('QUOTE_NONE', rd(['a,"b"c"d', '"x,y"'], quoting=csv.QUOTE_NONE))
show('quotechar #', rd(["#a,b#,c,'d'"], quotechar='#'))
show('tab', rd(['a\t"b\tc"\td'], delimiter='\t'))
show('nonnumeric', rd(['1,2.5,"x",  3,', '-1e3,"7"'], quoting=csv.QUOTE_NONNUMERIC))
show('nonnumeric bad', rd(['1,abc'], quoting=csv.QUOTE_NONNUMERIC))
show('lineterminator ignored', rd(['a;b!c'], delimiter=';', lineterminator='!'))

print('-- reader errors')
show('newline unquoted', rd(['a\nb']))
show('CR unquoted', rd(['a\rb']))
show('strict eof', rd(['a,"b'], strict=True))
show('strict quote', rd(['a,"b"c'], strict=True))
show('strict quote ;', rd(['a;"b"x'], strict=True, delimiter=';'))
show('strict mid-field quote ok', rd(['a,b"c"d'], strict=True))
show('strict escape eof', rd(['a,\\'], escapechar='\\', strict=True))
show('strict quoted escape eof', rd(['a,"\\'], escapechar='\\', strict=True))
show('bytes line', rd([b'a,b']))
show('int line', rd([5]))
show('not iterable', lambda: csv.reader(5))
show('no args', lambda: csv.reader())

print('-- field_size_limit')
print(csv.field_size_limit())
print(csv.field_size_limit(10), csv.field_size_limit())
show('at limit', rd(['a' * 10 + ',' + 'b' * 10]))
show('over limit', rd(['a' * 11]))
show('over limit quoted', rd(['"' + 'a' * 11 + '"']))
show('over limit escaped', rd(['\\' + 'a' * 10], escapechar='\\'))
print(csv.field_size_limit(131072))
show('default limit', rd(['a' * 131073]))
print(len(list(csv.reader(['a' * 131072]))[0][0]))
show('limit type', lambda: csv.field_size_limit('a'))
show('limit args', lambda: csv.field_size_limit(1, 2))

print('-- line_num and iteration')
r = csv.reader(['a,"x', 'y",b\n', 'c'])
print(r.line_num, next(r), r.line_num, next(r), r.line_num)
show('exhausted', lambda: next(r))
print(r.line_num, iter(r) is r, type(r).__name__, r.dialect.delimiter)
r = csv.reader(['ok', 'bad\nx', 'after'])
print(next(r))
show('error row', lambda: next(r))
print(next(r), r.line_num)

print('-- writing')
show('minimal', wr([['a', 'b,c', 'd"e', 'f\ng', 'h\ri', ' j', '', None, 1, 2.5, True, 1e20, 'x y']]))
show('single empty', wr([[''], [None], [], ['', '']]))
show('delimiter+terminator', wr([['a', 'b;c']], lineterminator='\n', delimiter=';'))
show('QUOTE_ALL', wr([['a', 1, 2.5, None, '']], quoting=csv.QUOTE_ALL))
show('QUOTE_NONNUMERIC', wr([['a', 1, 2.5, None, '', True, -3]], quoting=csv.QUOTE_NONNUMERIC))
show('QUOTE_NONE plain', wr([['a', 'b c']], quoting=csv.QUOTE_NONE))
show('QUOTE_NONE needs escape', wr([['ok'], ['a,b']], quoting=csv.QUOTE_NONE))
show('QUOTE_NONE escaped', wr([['a;b', 'c\nd', 'e"f', 'g\\h']], quoting=csv.QUOTE_NONE, escapechar='\\'))
show('QUOTE_NONE empty', wr([['']], quoting=csv.QUOTE_NONE))
show('minimal escapechar', wr([['a', 'c\nd', 'e"f', 'g\\h']], escapechar='\\'))
show('no doublequote', wr([['e"f']], doublequote=False))
show('no doublequote esc', wr([['e"f']], doublequote=False, escapechar='\\'))
show('QUOTE_ALL escape', wr([['\\', 'a"b']], escapechar='\\', quoting=csv.QUOTE_ALL))
show('lineterminator chars', wr([['ab', 'xay', 'p\nq']], lineterminator='a'))
show('terminator !\\n', wr([['ab', 'x!y']], lineterminator='!\n'))
show('quotechar #', wr([['#a', 'b#', 'c"']], quotechar='#'))
show('space delimiter', wr([['a b', 'c']], delimiter=' '))
show('no quotechar', wr([['a', 'b']], quotechar=None))
show('no quotechar escape', wr([['a,b']], quotechar=None, escapechar='\\'))
show('skipinitialspace', wr([[' a']], skipinitialspace=True))
show('other types', wr([[1 + 2j, b'x', [1], (2, 3)]]))
show('row types', wr(['abc', iter(['x', 'y']), range(3), {'k': 1}]))
show('row not iterable', wr([5]))


class Weird:
    def __str__(self):
        return 'S,!'


class Broken:
    def __str__(self):
        raise ValueError('boom')


show('__str__', wr([[Weird()]]))
show('__str__ raises', lambda: wr([['a', Broken()]])())
s = io.StringIO()
w = csv.writer(s)
print(w.writerows([['a'], ['b', 'c']]), repr(s.getvalue()))
show('writerows int', lambda: w.writerows(5))
show('writerows row', lambda: w.writerows([5]))
show('no write method', lambda: csv.writer(5))


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return 'written'


sink = Sink()
print(csv.writer(sink).writerow(['x', 'y']), sink.parts)

print('-- round trips')
random.seed(7)
alphabet = 'ab ,;"\'\\\r\n\t'
for kw in ({}, {'quoting': csv.QUOTE_ALL}, {'delimiter': ';', 'quotechar': "'"},
           {'escapechar': '\\', 'doublequote': False},
           {'quoting': csv.QUOTE_NONE, 'escapechar': '\\'}):
    rows = [[''.join(random.choice(alphabet) for _ in range(random.randrange(6)))
             for _ in range(random.randrange(1, 5))] for _ in range(40)]
    rows = [r for r in rows if r != [''] and not ('quoting' in kw and '\r' in ''.join(r))]
    s = io.StringIO()
    csv.writer(s, **kw).writerows(rows)
    back = list(csv.reader(io.StringIO(s.getvalue(), newline=''), **kw))
    print(kw, len(rows), back == rows, len(s.getvalue()))
