# The builtin complex type, written in Python and loaded on first use
# (an imaginary literal or the name `complex`).
import math


def _part(x):
    # Float repr without the trailing '.0' of integral values, as CPython prints parts.
    s = repr(x)
    return s[:-2] if s.endswith('.0') else s


def _coerce(v):
    if isinstance(v, complex):
        return v._re, v._im
    if isinstance(v, (int, float)):
        return float(v), 0.0
    return None


def _parse(s):
    t = s.strip()
    if t.startswith('(') and t.endswith(')'):
        t = t[1:-1].strip()
    bad = ValueError('complex() arg is a malformed string')
    if not t or ' ' in t:
        raise bad
    if t[-1] not in 'jJ':
        try:
            return float(t), 0.0
        except ValueError:
            raise bad
    body = t[:-1]
    # Split at the last sign that is not part of an exponent.
    cut = -1
    for i in range(len(body) - 1, 0, -1):
        if body[i] in '+-' and body[i - 1] not in 'eE':
            cut = i
            break
    try:
        if cut < 0:
            im = body if body not in ('', '+', '-') else body + '1'
            return 0.0, float(im)
        re, im = body[:cut], body[cut:]
        if im in ('+', '-'):
            im += '1'
        return float(re), float(im)
    except ValueError:
        raise bad


class complex:
    __module__ = 'builtins'
    __slots__ = ('_re', '_im')

    def __new__(cls, real=0, imag=0):
        if isinstance(real, str):
            if imag != 0:
                raise TypeError("complex() can't take second arg if first is a string")
            re, im = _parse(real)
        else:
            a = _coerce(real)
            real_is_complex = isinstance(real, complex)
            if a is None:
                if hasattr(real, '__complex__'):
                    c = real.__complex__()
                    if not isinstance(c, complex):
                        raise TypeError('__complex__ returned non-complex (type %s)'
                                        % type(c).__name__)
                    a, real_is_complex = _coerce(c), True
                elif hasattr(real, '__float__'):
                    a = (float(real), 0.0)
                if a is None:
                    raise TypeError("complex() first argument must be a string or a number, not '%s'"
                                    % type(real).__name__)
            if isinstance(imag, str):
                raise TypeError("complex() second argument must be a number, not 'str'")
            b = _coerce(imag)
            if b is None:
                raise TypeError("complex() second argument must be a number, not '%s'"
                                % type(imag).__name__)
            # As CPython: only complex arguments mix their parts (keeps -0.0 intact).
            re = a[0] - b[1] if isinstance(imag, complex) else a[0]
            im = b[0] + a[1] if real_is_complex else b[0]
        self = object.__new__(cls)
        object.__setattr__(self, '_re', re)
        object.__setattr__(self, '_im', im)
        return self

    @property
    def real(self):
        return self._re

    @property
    def imag(self):
        return self._im

    def conjugate(self):
        return complex(self._re, -self._im)

    def __repr__(self):
        re, im = self._re, self._im
        ims = _part(im)
        if re == 0 and math.copysign(1.0, re) > 0:
            return ims + 'j'
        if not ims.startswith('-'):
            ims = '+' + ims
        return '(' + _part(re) + ims + 'j)'

    __str__ = __repr__

    def __format__(self, spec):
        if not spec:
            return repr(self)
        re = format(self._re, spec)
        im = format(self._im, '+' + spec.lstrip('+-'))
        return re + im + 'j'

    def __hash__(self):
        h = (hash(self._re) + 1000003 * hash(self._im)) & 0xFFFFFFFFFFFFFFFF
        if h >= 1 << 63:
            h -= 1 << 64
        return -2 if h == -1 else h

    def __eq__(self, other):
        o = _coerce(other)
        if o is None:
            return NotImplemented
        return self._re == o[0] and self._im == o[1]

    def __ne__(self, other):
        o = _coerce(other)
        if o is None:
            return NotImplemented
        return not (self._re == o[0] and self._im == o[1])

    def __bool__(self):
        return self._re != 0 or self._im != 0

    def __neg__(self):
        return complex(-self._re, -self._im)

    def __pos__(self):
        return complex(self._re, self._im)

    def __abs__(self):
        if math.isinf(self._re) or math.isinf(self._im):
            return math.inf
        r = math.hypot(self._re, self._im)
        if math.isinf(r):
            raise OverflowError('absolute value too large')
        return r

    def __add__(self, other):
        o = _coerce(other)
        if o is None:
            return NotImplemented
        return complex(self._re + o[0], self._im + o[1])

    __radd__ = __add__

    def __sub__(self, other):
        o = _coerce(other)
        if o is None:
            return NotImplemented
        return complex(self._re - o[0], self._im - o[1])

    def __rsub__(self, other):
        o = _coerce(other)
        if o is None:
            return NotImplemented
        return complex(o[0] - self._re, o[1] - self._im)

    def __mul__(self, other):
        o = _coerce(other)
        if o is None:
            return NotImplemented
        a, b = self._re, self._im
        c, d = o
        return complex(a * c - b * d, a * d + b * c)

    __rmul__ = __mul__

    def __truediv__(self, other):
        o = _coerce(other)
        if o is None:
            return NotImplemented
        return _div(self._re, self._im, o[0], o[1])

    def __rtruediv__(self, other):
        o = _coerce(other)
        if o is None:
            return NotImplemented
        return _div(o[0], o[1], self._re, self._im)

    def __pow__(self, other, mod=None):
        if mod is not None:
            raise ValueError('complex modulo')
        o = _coerce(other)
        if o is None:
            return NotImplemented
        return _pow(self._re, self._im, o[0], o[1], other)

    def __rpow__(self, other):
        o = _coerce(other)
        if o is None:
            return NotImplemented
        return _pow(o[0], o[1], self._re, self._im, self)

    # No __floordiv__ or __mod__: CPython's complex has neither, so the other
    # operand's reflected method still gets its turn.

    def __getnewargs__(self):
        return (self._re, self._im)


def _div(a, b, c, d):
    # Smith's algorithm, as CPython's _Py_c_quot.
    if c == 0 and d == 0:
        raise ZeroDivisionError('complex division by zero')
    if abs(c) >= abs(d):
        r = d / c
        den = c + d * r
        return complex((a + b * r) / den, (b - a * r) / den)
    r = c / d
    den = c * r + d
    return complex((a * r + b) / den, (b * r - a) / den)


def _pow(a, b, c, d, exponent):
    if c == 0 and d == 0:
        return complex(1.0, 0.0)
    if a == 0 and b == 0:
        if d != 0 or c < 0:
            raise ZeroDivisionError('0.0 to a negative or complex power')
        return complex(0.0, 0.0)
    if d == 0 and c == int(c) and abs(c) <= 100 and isinstance(exponent, (int, complex, float)):
        # Repeated squaring keeps integer powers exact: (2j) ** 2 == (-4+0j).
        n = int(c)
        result = complex(1.0, 0.0)
        base = complex(a, b)
        k = abs(n)
        while k:
            if k & 1:
                result = result * base
            base = base * base
            k >>= 1
        return _div(1.0, 0.0, result._re, result._im) if n < 0 else result
    vabs = math.hypot(a, b)
    length = vabs ** c
    at = math.atan2(b, a)
    phase = at * c
    if d != 0:
        length /= math.exp(at * d)
        phase += d * math.log(vabs)
    return complex(length * math.cos(phase), length * math.sin(phase))
