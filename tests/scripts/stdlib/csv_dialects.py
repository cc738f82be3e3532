# csv dialects (registry, Dialect classes, _csv.Dialect objects and the
# order their parameters are checked in), DictReader and DictWriter.
import csv
import io


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


def params(d):
    return (d.delimiter, d.quotechar, d.escapechar, d.doublequote,
            d.skipinitialspace, d.lineterminator, d.quoting, d.strict)


print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.__version__)
print(sorted(csv.list_dialects()))
for name in ('excel', 'excel-tab', 'unix'):
    d = csv.get_dialect(name)
    print(name, type(d).__name__, params(d))
print(csv.excel.delimiter, repr(csv.excel_tab.delimiter), csv.unix_dialect.quoting,
      repr(csv.unix_dialect.lineterminator), repr(csv.excel._name))
print([c.__name__ for c in csv.excel_tab.__mro__])
print(csv.Error.__mro__[1].__name__, csv.Error('x').args, csv.Error.__module__)

print('-- bad parameters')
bad = [
    dict(delimiter=''), dict(delimiter='ab'), dict(delimiter=1), dict(delimiter=None),
    dict(quotechar=''), dict(quotechar=5), dict(escapechar='ab'), dict(escapechar=5),
    dict(escapechar=''), dict(lineterminator=5), dict(lineterminator=None),
    dict(quoting=7), dict(quoting=-1), dict(quoting='a'), dict(quoting=1.0),
    dict(quoting=True), dict(quoting=2 ** 70), dict(foo=1),
    dict(quotechar=None, quoting=csv.QUOTE_ALL),
    dict(quotechar=None, quoting=csv.QUOTE_MINIMAL),
    # When several are wrong, the first checked wins.
    dict(delimiter=5, quoting='x', quotechar=5, escapechar=5, lineterminator=5),
    dict(quoting='x', quotechar=5, escapechar=5, lineterminator=5),
    dict(quotechar=5, lineterminator=5), dict(quotechar=5, quoting=9),
    dict(delimiter='', quoting=9), dict(lineterminator=5, quoting=9),
    dict(quoting=None, lineterminator=5), dict(quoting=9, lineterminator=None),
    dict(quoting=1, quotechar=None, lineterminator=None),
    dict(quoting=9, quotechar=None), dict(strict=None, lineterminator=None),
]
for kw in bad:
    show(sorted(kw), lambda: params(csv.reader([], **kw).dialect))
good = [
    dict(quotechar=None), dict(quotechar=None, quoting=csv.QUOTE_NONE),
    dict(quoting=csv.QUOTE_NONE), dict(lineterminator=''), dict(doublequote=0),
    dict(skipinitialspace=[1]), dict(strict=1), dict(delimiter='\n'),
    dict(delimiter=' ', escapechar=' '), dict(delimiter='"'), dict(escapechar=None),
]
for kw in good:
    show(sorted(kw), lambda: params(csv.writer(io.StringIO(), **kw).dialect))
show('unknown dialect', lambda: csv.reader([], 'nodialect'))
show('dialect twice', lambda: csv.reader([], 'excel', dialect='excel'))
show('too many', lambda: csv.reader([], 'excel', 'x'))
show('dialect int', lambda: params(csv.reader([], 5).dialect))

print('-- registry')
show('get unknown', lambda: csv.get_dialect('zz'))
show('register bad', lambda: csv.register_dialect('x', delimiter='::'))
show('register name', lambda: csv.register_dialect(5))
show('register args', lambda: csv.register_dialect('q', 'excel', 'extra'))
show('register kw', lambda: csv.register_dialect('q', foo=1))
show('unregister unknown', lambda: csv.unregister_dialect('zz'))


class Semi(csv.Dialect):
    delimiter = ';'
    quotechar = '"'
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL


print(Semi().delimiter, Semi()._valid, Semi.__module__)
csv.register_dialect('semi', Semi)
print(params(csv.get_dialect('semi')))
csv.register_dialect('semi2', 'semi', quotechar="'")
print(params(csv.get_dialect('semi2')))
csv.register_dialect('pipe', delimiter='|')
print(params(csv.get_dialect('pipe')))
print(sorted(csv.list_dialects()))
print(csv.unregister_dialect('semi2'), sorted(csv.list_dialects()))
print(csv.reader(['a|b'], 'pipe', delimiter='!').dialect.delimiter)
print(next(csv.reader(['a;b'], Semi)), next(csv.reader(['a;b'], Semi())))
print(type(csv.reader([], Semi()).dialect).__name__)
d = csv.get_dialect('excel')
show('readonly', lambda: setattr(d, 'delimiter', ';'))


class Plain:
    delimiter = ';'


print(params(csv.reader([], Plain).dialect))


class NoQuote:
    quotechar = None


print(params(csv.reader([], NoQuote).dialect))


class NoQuoteButQuoting:
    quotechar = None
    quoting = 0


show('NoQuoteButQuoting', lambda: csv.reader([], NoQuoteButQuoting))

print('-- Dialect validation')


class OnlyDelim(csv.Dialect):
    delimiter = ';'


class Long(csv.excel):
    delimiter = '::'


class BadQuoting(csv.excel):
    quoting = 9


class Empty(csv.Dialect):
    pass


for cls in (OnlyDelim, Long, BadQuoting, Empty, csv.Dialect):
    show(cls.__name__, lambda: cls()._valid)

print('-- DictReader')
f = io.StringIO('name,age\r\nbob,3\r\n\r\nann,4,extra,x\r\ncid\r\n')
dr = csv.DictReader(f)
print(dr.fieldnames, dr.line_num)
for row in dr:
    print(row, dr.line_num)
print(list(csv.DictReader(['a,b', '1,2,3'], restkey='rest', restval='RV')))
dr = csv.DictReader(['1,2,3', '4'], fieldnames=['x', 'y'], restval='RV')
print(list(dr), dr.fieldnames)
dr = csv.DictReader([])
print(dr.fieldnames, list(dr))
dr = csv.DictReader(['a;b', '1;2'], delimiter=';')
print(list(dr), dr.reader.dialect.delimiter, dr.restkey, dr.restval, dr.dialect)
dr = csv.DictReader(['a,b', '1,2'])
dr.fieldnames = ['p', 'q']
print(list(dr))
dr = csv.DictReader(io.StringIO('h1\th2\nx\ty\n'), dialect='excel-tab')
print(list(dr))

print('-- DictWriter')
s = io.StringIO()
dw = csv.DictWriter(s, ['a', 'b', 'c'], restval='-')
print(dw.writeheader(), dw.writerow({'a': 1, 'c': 'x,y'}), repr(s.getvalue()))
show('extra field', lambda: dw.writerow({'a': 1, 'z': 2}))
show('not a dict', lambda: dw.writerow([1]))
print(dw.writerows([{'a': 1}, {'b': 2}]), repr(s.getvalue()[-12:]))
show('bad extrasaction', lambda: csv.DictWriter(s, ['a'], extrasaction='bad'))
dw = csv.DictWriter(s, ['a'], extrasaction='IGNORE')
print(dw.writerow({'a': 1, 'z': 2}), dw.extrasaction)
dw = csv.DictWriter(s, ('a', 'b'), delimiter='|', quoting=csv.QUOTE_ALL)
print(dw.writeheader(), repr(s.getvalue()[-12:]))
print(dw.fieldnames, repr(dw.restval), dw.extrasaction, type(dw.writer).__name__)
dw = csv.DictWriter(s, iter(['x', 'y']))
show('iterator fieldnames', dw.writeheader)
show('no fieldnames', lambda: csv.DictWriter(s))
out = io.StringIO()
rows = [{'id': i, 'text': t} for i, t in enumerate(['plain', 'with,comma', 'with "quote"', 'multi\nline'])]
w = csv.DictWriter(out, ['id', 'text'])
w.writeheader()
w.writerows(rows)
back = list(csv.DictReader(io.StringIO(out.getvalue(), newline='')))
print(back)
print([int(r['id']) for r in back] == [r['id'] for r in rows])
