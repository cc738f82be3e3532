"""urllib.parse: splitting URLs into components (RFC 3986 with CPython's
scheme-specific rules), joining relative references, and the result named
tuples. Quoting and query strings are in _urllib_quote.py."""

from collections import namedtuple as _namedtuple

from _urllib_quote import (quote, quote_plus, quote_from_bytes, unquote,
                           unquote_plus, unquote_to_bytes, urlencode,
                           parse_qs, parse_qsl, _coerce_args)

__all__ = ["urlparse", "urlunparse", "urljoin", "urldefrag",
           "urlsplit", "urlunsplit", "urlencode", "parse_qs",
           "parse_qsl", "quote", "quote_plus", "quote_from_bytes",
           "unquote", "unquote_plus", "unquote_to_bytes",
           "DefragResult", "ParseResult", "SplitResult",
           "DefragResultBytes", "ParseResultBytes", "SplitResultBytes"]

# Schemes for which relative references resolve, a netloc follows '//',
# ';params' are split off the last path segment, and so on.
uses_relative = ['', 'ftp', 'http', 'gopher', 'nntp', 'imap',
                 'wais', 'file', 'https', 'shttp', 'mms',
                 'prospero', 'rtsp', 'rtsps', 'rtspu', 'sftp',
                 'svn', 'svn+ssh', 'ws', 'wss']
uses_netloc = ['', 'ftp', 'http', 'gopher', 'nntp', 'telnet',
               'imap', 'wais', 'file', 'mms', 'https', 'shttp',
               'snews', 'prospero', 'rtsp', 'rtsps', 'rtspu', 'rsync',
               'svn', 'svn+ssh', 'sftp', 'nfs', 'git', 'git+ssh',
               'ws', 'wss']
uses_params = ['', 'ftp', 'hdl', 'prospero', 'http', 'imap',
               'https', 'shttp', 'rtsp', 'rtsps', 'rtspu', 'sip',
               'sips', 'mms', 'sftp', 'tel']
non_hierarchical = ['gopher', 'hdl', 'mailto', 'news',
                    'telnet', 'wais', 'imap', 'snews', 'sip', 'sips']
uses_query = ['', 'http', 'wais', 'imap', 'https', 'shttp', 'mms',
              'gopher', 'rtsp', 'rtsps', 'rtspu', 'sip', 'sips']
uses_fragment = ['', 'ftp', 'hdl', 'http', 'gopher', 'news',
                 'nntp', 'wais', 'https', 'shttp', 'snews',
                 'file', 'prospero']

scheme_chars = ('abcdefghijklmnopqrstuvwxyz'
                'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                '0123456789'
                '+-.')

# WHATWG URL parsing strips C0 controls and spaces from the ends, and
# tabs and newlines from anywhere.
_C0_CONTROL_OR_SPACE = ''.join(chr(c) for c in range(0x21))
_UNSAFE_CHARS = '\t\r\n'


# ----- the result types -----

class _ResultMixinStr(object):
    __slots__ = ()

    def encode(self, encoding='ascii', errors='strict'):
        return self._encoded_counterpart(*(x.encode(encoding, errors) for x in self))


class _ResultMixinBytes(object):
    __slots__ = ()

    def decode(self, encoding='ascii', errors='strict'):
        return self._decoded_counterpart(*(x.decode(encoding, errors) for x in self))


class _NetlocResultMixinBase(object):
    """username, password, hostname and port, read off the netloc."""
    __slots__ = ()

    @property
    def username(self):
        return self._userinfo[0]

    @property
    def password(self):
        return self._userinfo[1]

    @property
    def hostname(self):
        hostname = self._hostinfo[0]
        if not hostname:
            return None
        # An IPv6 zone ('%eth0') keeps its case.
        percent = '%' if isinstance(hostname, str) else b'%'
        host, sep, zone = hostname.partition(percent)
        return host.lower() + sep + zone

    @property
    def port(self):
        port = self._hostinfo[1]
        if port is None:
            return None
        if not (port.isdigit() and port.isascii()):
            raise ValueError(f"Port could not be cast to integer value as {port!r}")
        port = int(port)
        if not 0 <= port <= 65535:
            raise ValueError("Port out of range 0-65535")
        return port


class _NetlocResultMixinStr(_NetlocResultMixinBase, _ResultMixinStr):
    __slots__ = ()

    @property
    def _userinfo(self):
        userinfo, at, _ = self.netloc.rpartition('@')
        if not at:
            return None, None
        username, colon, password = userinfo.partition(':')
        return username, (password if colon else None)

    @property
    def _hostinfo(self):
        hostinfo = self.netloc.rpartition('@')[2]
        before, bracket, rest = hostinfo.partition('[')
        if bracket:
            hostname, _, after = rest.partition(']')
            port = after.partition(':')[2]
        else:
            hostname, _, port = hostinfo.partition(':')
        return hostname, (port or None)


class _NetlocResultMixinBytes(_NetlocResultMixinBase, _ResultMixinBytes):
    __slots__ = ()

    @property
    def _userinfo(self):
        userinfo, at, _ = self.netloc.rpartition(b'@')
        if not at:
            return None, None
        username, colon, password = userinfo.partition(b':')
        return username, (password if colon else None)

    @property
    def _hostinfo(self):
        hostinfo = self.netloc.rpartition(b'@')[2]
        before, bracket, rest = hostinfo.partition(b'[')
        if bracket:
            hostname, _, after = rest.partition(b']')
            port = after.partition(b':')[2]
        else:
            hostname, _, port = hostinfo.partition(b':')
        return hostname, (port or None)


_DefragResultBase = _namedtuple('DefragResult', 'url fragment')
_SplitResultBase = _namedtuple('SplitResult', 'scheme netloc path query fragment')
_ParseResultBase = _namedtuple('ParseResult', 'scheme netloc path params query fragment')


class DefragResult(_DefragResultBase, _ResultMixinStr):
    __slots__ = ()

    def geturl(self):
        return self.url + '#' + self.fragment if self.fragment else self.url


class SplitResult(_SplitResultBase, _NetlocResultMixinStr):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResult(_ParseResultBase, _NetlocResultMixinStr):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


class DefragResultBytes(_DefragResultBase, _ResultMixinBytes):
    __slots__ = ()

    def geturl(self):
        return self.url + b'#' + self.fragment if self.fragment else self.url


class SplitResultBytes(_SplitResultBase, _NetlocResultMixinBytes):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResultBytes(_ParseResultBase, _NetlocResultMixinBytes):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


for _str, _bytes in ((DefragResult, DefragResultBytes),
                     (SplitResult, SplitResultBytes),
                     (ParseResult, ParseResultBytes)):
    _str._encoded_counterpart = _bytes
    _bytes._decoded_counterpart = _str
del _str, _bytes


# ----- bracketed hosts -----

def _ipv4_int(text):
    """The address as an int, or None unless it is dotted-quad IPv4."""
    octets = text.split('.')
    if len(octets) != 4:
        return None
    value = 0
    for octet in octets:
        if not octet or len(octet) > 3 or not (octet.isascii() and octet.isdigit()):
            return None
        # Leading zeros are refused (they once meant octal).
        if octet != '0' and octet[0] == '0':
            return None
        n = int(octet)
        if n > 255:
            return None
        value = value << 8 | n
    return value


_HEX_DIGITS = '0123456789abcdefABCDEF'


def _is_hextet(text):
    return 0 < len(text) <= 4 and all(c in _HEX_DIGITS for c in text)


def _is_ipv6(text):
    """Is `text` an IPv6 address as the ipaddress module reads one (an
    optional '%zone', at most one '::', an IPv4 tail)?"""
    addr, percent, zone = text.partition('%')
    if percent and (not zone or '%' in zone):
        return False
    parts = addr.split(':')
    if len(parts) < 3:
        return False
    if '.' in parts[-1]:
        v4 = _ipv4_int(parts.pop())
        if v4 is None:
            return False
        parts += ['%x' % (v4 >> 16), '%x' % (v4 & 0xFFFF)]
    if len(parts) > 9:
        return False
    gaps = [i for i in range(1, len(parts) - 1) if not parts[i]]
    if len(gaps) > 1:
        return False
    if gaps:
        head = parts[:gaps[0]]
        tail = parts[gaps[0] + 1:]
        # A ':' at either end is only allowed as half of the '::'.
        if head == ['']:
            head = []
        elif head and not head[0]:
            return False
        if tail == ['']:
            tail = []
        elif tail and not tail[-1]:
            return False
        if len(head) + len(tail) > 7:
            return False
        return all(_is_hextet(p) for p in head + tail)
    return len(parts) == 8 and all(_is_hextet(p) for p in parts)


def _check_bracketed_host(host):
    if host.startswith('v'):
        # IPvFuture: 'v', hex digits, '.', then anything.
        version, dot, rest = host[1:].partition('.')
        if not (version and rest and all(c in _HEX_DIGITS for c in version)):
            raise ValueError("IPvFuture address is invalid")
        return
    if _ipv4_int(host) is not None:
        raise ValueError("An IPv4 address cannot be in brackets")
    if not _is_ipv6(host):
        raise ValueError('%r does not appear to be an IPv4 or IPv6 address' % host)


# ----- splitting -----

# Characters whose NFKC form holds one of '/?#@:' (Unicode 14, as in 3.11):
# a netloc with one could turn into a different URL once normalised.
_NFKC_DELIMITERS = frozenset('\u2047\u2048\u2049\u2100\u2101\u2105\u2106\u2a74'
                             '\ufe13\ufe16\ufe55\ufe56\ufe5f\ufe6b'
                             '\uff03\uff0f\uff1a\uff1f\uff20')


def _check_netloc(netloc):
    if not netloc or netloc.isascii():
        return
    if any(c in _NFKC_DELIMITERS for c in netloc):
        raise ValueError("netloc '" + netloc + "' contains invalid characters "
                         "under NFKC normalization")


def _split_netloc(url, start=0):
    end = len(url)
    for c in '/?#':
        at = url.find(c, start)
        if at >= 0:
            end = min(end, at)
    return url[start:end], url[end:]


def urlsplit(url, scheme='', allow_fragments=True):
    """<scheme>://<netloc>/<path>?<query>#<fragment> as a SplitResult."""
    # CPython caches results by argument: unhashable ones are refused.
    hash(url), hash(scheme), hash(allow_fragments)
    url, scheme, _coerce_result = _coerce_args(url, scheme)
    url = url.lstrip(_C0_CONTROL_OR_SPACE)
    scheme = scheme.strip(_C0_CONTROL_OR_SPACE)
    for c in _UNSAFE_CHARS:
        url = url.replace(c, '')
        scheme = scheme.replace(c, '')
    netloc = query = fragment = ''
    colon = url.find(':')
    if colon > 0 and url[0].isascii() and url[0].isalpha():
        if all(c in scheme_chars for c in url[:colon]):
            scheme, url = url[:colon].lower(), url[colon + 1:]
    if url[:2] == '//':
        netloc, url = _split_netloc(url, 2)
        if ('[' in netloc) != (']' in netloc):
            raise ValueError("Invalid IPv6 URL")
        if '[' in netloc:
            _check_bracketed_host(netloc.partition('[')[2].partition(']')[0])
    if allow_fragments and '#' in url:
        url, fragment = url.split('#', 1)
    if '?' in url:
        url, query = url.split('?', 1)
    _check_netloc(netloc)
    return _coerce_result(SplitResult(scheme, netloc, url, query, fragment))


def _split_params(url):
    """';params' of the last path segment."""
    start = url.rfind('/') if '/' in url else 0
    semi = url.find(';', start)
    if semi < 0:
        return url, ''
    return url[:semi], url[semi + 1:]


def urlparse(url, scheme='', allow_fragments=True):
    """<scheme>://<netloc>/<path>;<params>?<query>#<fragment> as a ParseResult."""
    url, scheme, _coerce_result = _coerce_args(url, scheme)
    scheme, netloc, url, query, fragment = urlsplit(url, scheme, allow_fragments)
    params = ''
    if scheme in uses_params and ';' in url:
        url, params = _split_params(url)
    return _coerce_result(ParseResult(scheme, netloc, url, params, query, fragment))


def urlunsplit(components):
    scheme, netloc, url, query, fragment, _coerce_result = _coerce_args(*components)
    if netloc or (scheme and scheme in uses_netloc and url[:2] != '//'):
        if url and url[:1] != '/':
            url = '/' + url
        url = '//' + (netloc or '') + url
    if scheme:
        url = scheme + ':' + url
    if query:
        url = url + '?' + query
    if fragment:
        url = url + '#' + fragment
    return _coerce_result(url)


def urlunparse(components):
    scheme, netloc, url, params, query, fragment, _coerce_result = _coerce_args(*components)
    if params:
        url = '%s;%s' % (url, params)
    return _coerce_result(urlunsplit((scheme, netloc, url, query, fragment)))


def urljoin(base, url, allow_fragments=True):
    """`url` resolved against `base` (RFC 3986 section 5.2, with CPython's
    handling of schemes that are not relative)."""
    if not base:
        return url
    if not url:
        return base
    base, url, _coerce_result = _coerce_args(base, url)
    bscheme, bnetloc, bpath, bparams, bquery, bfragment = urlparse(base, '', allow_fragments)
    scheme, netloc, path, params, query, fragment = urlparse(url, bscheme, allow_fragments)
    if scheme != bscheme or scheme not in uses_relative:
        return _coerce_result(url)
    if scheme in uses_netloc:
        if netloc:
            return _coerce_result(urlunparse((scheme, netloc, path, params, query, fragment)))
        netloc = bnetloc
    if not path and not params:
        # Only a query and/or fragment: the base's path (and query) stay.
        return _coerce_result(urlunparse((scheme, netloc, bpath, bparams,
                                          query or bquery, fragment)))
    if path[:1] == '/':
        segments = path.split('/')
    else:
        # Merge: the base's directory, then the reference, with the empty
        # segments between the first and the last dropped.
        directory = bpath.split('/')
        if directory[-1]:
            directory.pop()
        segments = directory + path.split('/')
        if len(segments) > 2:
            segments = segments[:1] + [s for s in segments[1:-1] if s] + segments[-1:]
    resolved = []
    for seg in segments:
        if seg == '..':
            if resolved:
                resolved.pop()
        elif seg != '.':
            resolved.append(seg)
    if segments[-1] in ('.', '..'):
        resolved.append('')
    return _coerce_result(urlunparse((scheme, netloc, '/'.join(resolved) or '/',
                                      params, query, fragment)))


def urldefrag(url):
    """The URL without its fragment, and the fragment, as a DefragResult."""
    url, _coerce_result = _coerce_args(url)
    if '#' in url:
        s, n, p, a, q, frag = urlparse(url)
        defrag = urlunparse((s, n, p, a, q, ''))
    else:
        frag = ''
        defrag = url
    return _coerce_result(DefragResult(defrag, frag))


def unwrap(url):
    """'<URL:type://host/path>' to 'type://host/path'."""
    url = str(url).strip()
    if url[:1] == '<' and url[-1:] == '>':
        url = url[1:-1].strip()
    if url[:4] == 'URL:':
        url = url[4:].strip()
    return url


def clear_cache():
    """Kept for compatibility: Krait's urlsplit keeps no cache."""


# ----- the helpers deprecated since 3.8 -----

def _deprecated(name, instead='urllib.parse.urlparse()'):
    import warnings
    warnings.warn("urllib.parse.%s() is deprecated as of 3.8, use %s instead" % (name, instead),
                  DeprecationWarning, stacklevel=3)


def to_bytes(url):
    import warnings
    warnings.warn("urllib.parse.to_bytes() is deprecated as of 3.8",
                  DeprecationWarning, stacklevel=2)
    if isinstance(url, str):
        if not url.isascii():
            raise UnicodeError("URL " + repr(url) + " contains non-ASCII characters")
    return url


def splittype(url):
    """'type:opaquestring' -> ('type', 'opaquestring')."""
    _deprecated('splittype')
    scheme, colon, data = url.partition(':')
    if colon and scheme and '/' not in scheme:
        return scheme.lower(), data
    return None, url


def splithost(url):
    """'//host[:port]/path' -> ('host[:port]', '/path')."""
    _deprecated('splithost')
    if url[:2] != '//':
        return None, url
    host_port, path = _split_netloc(url, 2)
    if host_port.find('#') >= 0 or host_port.find('?') >= 0:
        return None, url
    if path and path[0] != '/':
        path = '/' + path
    return host_port, path


def splituser(host):
    """'user[:passwd]@host[:port]' -> ('user[:passwd]', 'host[:port]')."""
    _deprecated('splituser')
    user, at, host = host.rpartition('@')
    return (user if at else None), host


def splitpasswd(user):
    """'user:passwd' -> ('user', 'passwd')."""
    _deprecated('splitpasswd')
    user, colon, passwd = user.partition(':')
    return user, (passwd if colon else None)


def splitport(host):
    """'host:port' -> ('host', 'port')."""
    _deprecated('splitport')
    name, colon, port = host.rpartition(':')
    if colon and port and port.isdigit() and port.isascii():
        return name, port
    if colon and not port:
        return name, None
    return host, None


def splitnport(host, defport=-1):
    """'host:port' -> ('host', port as an int, or None if it is not one)."""
    _deprecated('splitnport')
    name, colon, port = host.rpartition(':')
    if not colon:
        return port, defport
    if port:
        return name, (int(port) if port.isdigit() and port.isascii() else None)
    return name, defport


def splitquery(url):
    """'/path?query' -> ('/path', 'query')."""
    _deprecated('splitquery')
    path, mark, query = url.rpartition('?')
    return (path, query) if mark else (url, None)


def splittag(url):
    """'/path#tag' -> ('/path', 'tag')."""
    _deprecated('splittag')
    path, mark, tag = url.rpartition('#')
    return (path, tag) if mark else (url, None)


def splitattr(url):
    """'/path;attr1=value1;attr2=value2' -> ('/path', ['attr1=value1', 'attr2=value2'])."""
    _deprecated('splitattr')
    words = url.split(';')
    return words[0], words[1:]


def splitvalue(attr):
    """'attr=value' -> ('attr', 'value')."""
    _deprecated('splitvalue', 'urllib.parse.parse_qsl()')
    name, eq, value = attr.partition('=')
    return name, (value if eq else None)
