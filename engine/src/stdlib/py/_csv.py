"""The core of csv: dialect objects, the registry, reader and writer."""

import re

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)

_dialects = {}
_limit = [128 * 1024]


class Error(Exception):
    pass


Error.__module__ = '_csv'

# Attributes in the order CPython reads (and so type-checks) them, with the
# value used when neither the keywords nor the dialect give one.
_ATTRS = (
    ('delimiter', ','),
    ('doublequote', True),
    ('escapechar', None),
    ('lineterminator', '\r\n'),
    ('quotechar', '"'),
    ('quoting', QUOTE_MINIMAL),
    ('skipinitialspace', False),
    ('strict', False),
)
_NAMES = frozenset(name for name, _ in _ATTRS)
_MISSING = object()


def _char(name, v, optional):
    if v is None and optional:
        return None
    if not isinstance(v, str):
        if optional:
            raise TypeError('"%s" must be string or None, not %s' % (name, type(v).__name__))
        raise TypeError('"%s" must be string, not %s' % (name, type(v).__name__))
    if len(v) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return v


class Dialect:
    """CSV dialect: the formatting parameters of a reader or writer (read-only)."""

    __slots__ = ('delimiter', 'doublequote', 'escapechar', 'lineterminator',
                 'quotechar', 'quoting', 'skipinitialspace', 'strict')

    def __new__(cls, dialect=None, **kwargs):
        for key in kwargs:
            if key not in _NAMES:
                raise TypeError("'%s' is an invalid keyword argument for Dialect()" % key)
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        if isinstance(dialect, Dialect) and not kwargs and cls is Dialect:
            return dialect
        vals = {}
        for name, default in _ATTRS:
            v = kwargs.get(name, _MISSING)
            if v is _MISSING and dialect is not None:
                v = getattr(dialect, name, _MISSING)
            vals[name] = default if v is _MISSING else v
        quoting_given = 'quoting' in kwargs or (
            dialect is not None and hasattr(dialect, 'quoting'))
        self = object.__new__(cls)
        put = object.__setattr__
        put(self, 'delimiter', _char('delimiter', vals['delimiter'], False))
        put(self, 'doublequote', bool(vals['doublequote']))
        put(self, 'escapechar', _char('escapechar', vals['escapechar'], True))
        # None here means unset, which is reported after the other checks.
        term = vals['lineterminator']
        if term is not None and not isinstance(term, str):
            raise TypeError('"lineterminator" must be a string')
        put(self, 'lineterminator', term)
        quotechar = _char('quotechar', vals['quotechar'], True)
        put(self, 'quotechar', quotechar)
        quoting = vals['quoting']
        if type(quoting) is not int:
            raise TypeError('"quoting" must be an integer')
        if not -2 ** 31 <= quoting < 2 ** 31:
            raise OverflowError('Python int too large to convert to C int')
        put(self, 'skipinitialspace', bool(vals['skipinitialspace']))
        put(self, 'strict', bool(vals['strict']))
        if quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
            raise TypeError('bad "quoting" value')
        if quotechar is None and quoting != QUOTE_NONE:
            if quoting_given:
                raise TypeError('quotechar must be set if quoting enabled')
            # No quote character and no quoting asked for: nothing is quoted.
            quoting = QUOTE_NONE
        if term is None:
            raise TypeError('lineterminator must be set')
        put(self, 'quoting', quoting)
        return self

    def __setattr__(self, name, value):
        if name in _NAMES:
            raise AttributeError("attribute '%s' of '_csv.Dialect' objects is not writable" % name)
        raise AttributeError("'_csv.Dialect' object has no attribute '%s'" % name)

    def __delattr__(self, name):
        self.__setattr__(name, None)


Dialect.__module__ = '_csv'


def _dialect_from(args, kwargs):
    """The Dialect for reader(f, dialect, **kw) / writer(...)."""
    if len(args) > 2:
        raise TypeError(' expected at most 2 arguments, got %d' % len(args))
    if len(args) == 2:
        if 'dialect' in kwargs:
            raise TypeError("argument for function given by name ('dialect') and position (1)")
        dialect = args[1]
    else:
        dialect = kwargs.pop('dialect', None)
    for key in kwargs:
        if key not in _NAMES:
            raise TypeError("'%s' is an invalid keyword argument for this function" % key)
    return Dialect(dialect, **kwargs)


def register_dialect(*args, **kwargs):
    if not args:
        raise TypeError(' expected at least 1 argument, got 0')
    if len(args) > 2:
        raise TypeError(' expected at most 2 arguments, got %d' % len(args))
    name = args[0]
    if not isinstance(name, str):
        raise TypeError('dialect name must be a string')
    for key in kwargs:
        if key not in _NAMES:
            raise TypeError("'%s' is an invalid keyword argument for this function" % key)
    _dialects[name] = Dialect(args[1] if len(args) == 2 else None, **kwargs)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error('unknown dialect')
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error('unknown dialect') from None


def list_dialects():
    return list(_dialects)


def field_size_limit(*args):
    if len(args) > 1:
        raise TypeError('field_size_limit() takes at most 1 argument (%d given)' % len(args))
    old = _limit[0]
    if args:
        new = args[0]
        if not isinstance(new, int):
            raise TypeError('limit must be an integer')
        _limit[0] = new
    return old


# Reader states.
(_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD,
 _ESCAPE_IN_QUOTED_FIELD, _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL,
 _AFTER_ESCAPED_CRNL) = range(9)

# Stands for the end of each line fed to the parser.
_EOL = object()

_CRNL_MSG = ('new-line character seen in unquoted field - '
             'do you need to open the file in universal-newline mode?')


def _run_pattern(chars):
    """Matches a run of characters that are none of `chars`."""
    chars = ''.join(re.escape(c) for c in chars if c is not None)
    return re.compile('[^%s]+' % chars if chars else '(?s).+')


def _value(field, numeric):
    s = ''.join(field)
    return float(s) if numeric else s


# Runs of ordinary characters are scanned by hand up to this length, then
# by a regex, so short fields avoid the regex call and long ones the loop.
_SHORT_RUN = 24


class Reader:
    __slots__ = ('dialect', 'line_num', '_it', '_state', '_field', '_flen', '_fields',
                 '_numeric', '_plain', '_quoted')

    def __init__(self, it, dialect):
        self._it = it
        self.dialect = dialect
        self.line_num = 0
        quote = None if dialect.quoting == QUOTE_NONE else dialect.quotechar
        self._plain = (frozenset(c for c in (dialect.delimiter, dialect.escapechar, '\n', '\r')
                                 if c is not None),
                       _run_pattern((dialect.delimiter, dialect.escapechar, '\n', '\r')))
        self._quoted = (frozenset(c for c in (quote, dialect.escapechar) if c is not None),
                        _run_pattern((quote, dialect.escapechar)))

    def __iter__(self):
        return self

    def __next__(self):
        self._state = _START_RECORD
        self._field = []
        self._flen = 0
        self._fields = []
        self._numeric = False
        while True:
            try:
                line = next(self._it)
            except StopIteration:
                # Input ended inside a record: keep the last field unless strict.
                if self._flen or self._state == _IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error('unexpected end of data') from None
                    self._fields.append(_value(self._field, self._numeric))
                    break
                raise
            if not isinstance(line, str):
                raise Error('iterator should return strings, not %s '
                            '(the file should be opened in text mode)' % type(line).__name__)
            self.line_num += 1
            self._feed(line)
            if self._state == _START_RECORD:
                break
        fields = self._fields
        self._fields = []
        return fields

    def _feed(self, line):
        d = self.dialect
        delim, esc = d.delimiter, d.escapechar
        # Under QUOTE_NONE the quote character is ordinary data.
        quote = None if d.quoting == QUOTE_NONE else d.quotechar
        skip, dq, strict = d.skipinitialspace, d.doublequote, d.strict
        nonnumeric = d.quoting == QUOTE_NONNUMERIC
        limit = _limit[0]
        state, field, flen, numeric = self._state, self._field, self._flen, self._numeric
        fields = self._fields
        n = len(line)
        i = 0
        while i <= n:
            c = line[i] if i < n else _EOL
            i += 1
            run = None
            if state == _START_RECORD:
                if c is _EOL:
                    break
                if c == '\n' or c == '\r':
                    state = _EAT_CRNL
                    continue
                state = _START_FIELD
            elif state == _AFTER_ESCAPED_CRNL:
                if c is _EOL:
                    continue
                state = _IN_FIELD

            if state == _START_FIELD:
                if c is _EOL or c == '\n' or c == '\r':
                    fields.append(_value(field, numeric))
                    field, flen, numeric = [], 0, False
                    state = _START_RECORD if c is _EOL else _EAT_CRNL
                elif c == quote:
                    state = _IN_QUOTED_FIELD
                elif c == esc:
                    state = _ESCAPED_CHAR
                elif c == ' ' and skip:
                    pass
                elif c == delim:
                    fields.append(_value(field, numeric))
                    field, flen, numeric = [], 0, False
                else:
                    # An unquoted field starts with c.
                    numeric = nonnumeric
                    state = _IN_FIELD
                    run = self._plain
            elif state == _IN_FIELD:
                if c is _EOL or c == '\n' or c == '\r':
                    fields.append(_value(field, numeric))
                    field, flen, numeric = [], 0, False
                    state = _START_RECORD if c is _EOL else _EAT_CRNL
                elif c == esc:
                    state = _ESCAPED_CHAR
                elif c == delim:
                    fields.append(_value(field, numeric))
                    field, flen, numeric = [], 0, False
                    state = _START_FIELD
                else:
                    run = self._plain
            elif state == _IN_QUOTED_FIELD:
                if c is _EOL:
                    pass
                elif c == esc:
                    state = _ESCAPE_IN_QUOTED_FIELD
                elif c == quote:
                    state = _QUOTE_IN_QUOTED_FIELD if dq else _IN_FIELD
                else:
                    run = self._quoted
            elif state == _QUOTE_IN_QUOTED_FIELD:
                if c is not _EOL and c == quote:
                    # A doubled quote stands for one.
                    run = ()
                    state = _IN_QUOTED_FIELD
                elif c == delim:
                    fields.append(_value(field, numeric))
                    field, flen, numeric = [], 0, False
                    state = _START_FIELD
                elif c is _EOL or c == '\n' or c == '\r':
                    fields.append(_value(field, numeric))
                    field, flen, numeric = [], 0, False
                    state = _START_RECORD if c is _EOL else _EAT_CRNL
                elif not strict:
                    run = ()
                    state = _IN_FIELD
                else:
                    raise Error("'%s' expected after '%s'" % (delim, d.quotechar))
            elif state == _ESCAPED_CHAR or state == _ESCAPE_IN_QUOTED_FIELD:
                if state == _ESCAPED_CHAR and (c == '\n' or c == '\r'):
                    state = _AFTER_ESCAPED_CRNL
                else:
                    state = _IN_FIELD if state == _ESCAPED_CHAR else _IN_QUOTED_FIELD
                    if c is _EOL:
                        c = '\n'
                run = ()
            elif state == _EAT_CRNL:
                if c is _EOL:
                    state = _START_RECORD
                elif c != '\n' and c != '\r':
                    raise Error(_CRNL_MSG)

            if run is not None:
                # Add c, and with a run kind the ordinary characters after it.
                j = i
                if run:
                    stops, pattern = run
                    end = min(n, i + _SHORT_RUN)
                    while j < end and line[j] not in stops:
                        j += 1
                    if j == end and j < n:
                        m = pattern.match(line, j)
                        if m is not None:
                            j = m.end()
                chunk = c if j == i else line[i - 1:j]
                if flen + len(chunk) > limit:
                    raise Error('field larger than field limit (%d)' % limit)
                field.append(chunk)
                flen += len(chunk)
                i = j
        self._state, self._field, self._flen, self._numeric = state, field, flen, numeric


Reader.__name__ = Reader.__qualname__ = 'reader'
Reader.__module__ = '_csv'


def _is_number(v):
    t = type(v)
    return (isinstance(v, complex) or hasattr(t, '__index__')
            or hasattr(t, '__float__') or hasattr(t, '__int__'))


class Writer:
    __slots__ = ('dialect', '_write', '_special')

    def __init__(self, write, dialect):
        self._write = write
        self.dialect = dialect
        # Characters that force quoting (or escaping under QUOTE_NONE).
        special = set(dialect.lineterminator)
        special.add(dialect.delimiter)
        for c in (dialect.quotechar, dialect.escapechar):
            if c is not None:
                special.add(c)
        self._special = special

    def _field(self, s, quoted):
        d = self.dialect
        special = self._special
        if not quoted and not any(c in special for c in s):
            return s
        quote, esc = d.quotechar, d.escapechar
        none = d.quoting == QUOTE_NONE
        out = []
        for c in s:
            if c in special:
                escape = none
                if not none:
                    if c == quote:
                        if d.doublequote:
                            out.append(quote)
                        else:
                            escape = True
                    elif c == esc:
                        escape = True
                    if not escape:
                        quoted = True
                if escape:
                    if esc is None:
                        raise Error('need to escape, but no escapechar set')
                    out.append(esc)
            out.append(c)
        s = ''.join(out)
        return quote + s + quote if quoted else s

    def writerow(self, row):
        d = self.dialect
        try:
            it = iter(row)
        except TypeError:
            raise Error('iterable expected, not %s' % type(row).__name__) from None
        parts = []
        count = 0
        for v in it:
            count += 1
            if d.quoting == QUOTE_NONNUMERIC:
                quoted = not _is_number(v)
            else:
                quoted = d.quoting == QUOTE_ALL
            if v is None:
                s = ''
            elif isinstance(v, str):
                s = v
            else:
                s = str(v)
            parts.append(self._field(s, quoted))
        if count == 1 and parts[0] == '':
            # A lone empty field must be quoted or the row would read as blank.
            if d.quoting == QUOTE_NONE:
                raise Error('single empty field record must be quoted')
            parts[0] = d.quotechar * 2
        return self._write(d.delimiter.join(parts) + d.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


Writer.__name__ = Writer.__qualname__ = 'writer'
Writer.__module__ = '_csv'


def reader(*args, **kwargs):
    """csv_reader = reader(iterable [, dialect='excel'] [optional keyword args])"""
    if not args:
        raise TypeError(' expected at least 1 argument, got 0')
    it = iter(args[0])
    return Reader(it, _dialect_from(args, kwargs))


def writer(*args, **kwargs):
    """csv_writer = csv.writer(fileobj [, dialect='excel'] [optional keyword args])"""
    if not args:
        raise TypeError(' expected at least 1 argument, got 0')
    try:
        write = args[0].write
    except AttributeError:
        raise TypeError('argument 1 must have a "write" method') from None
    return Writer(write, _dialect_from(args, kwargs))
