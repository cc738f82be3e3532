"""HTML escaping: `escape` for the five special characters and `unescape`
for named (see html.entities for the names covered) and numeric character
references, decoded as the HTML5 spec says."""

import re as _re
from html.entities import html5 as _html5

__all__ = ['escape', 'unescape']

# A package: html.entities and html.parser are its submodules.
__path__ = []


def escape(s, quote=True):
    # '&' first, so the other replacements are not escaped again.
    s = s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
    if quote:
        s = s.replace('"', '&quot;').replace('\'', '&#x27;')
    return s


# Numeric references to C1 controls mean the windows-1252 character at that
# byte (the five bytes it leaves undefined stay as they are); NUL and CR
# have replacements of their own.
_invalid_charrefs = {0x00: '\ufffd', 0x0d: '\r'}
for _code, _char in zip(range(0x80, 0xa0),
                        '\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021'
                        '\u02c6\u2030\u0160\u2039\u0152\x8d\u017d\x8f'
                        '\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014'
                        '\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178'):
    _invalid_charrefs[_code] = _char

# Code points a reference may not produce: they decode to nothing.
_invalid_codepoints = set(range(0x1, 0x9)) | set(range(0xe, 0x20))
_invalid_codepoints |= set(range(0x7f, 0xa0)) | set(range(0xfdd0, 0xfdf0)) | {0xb}
for _plane in range(0x11):
    _invalid_codepoints |= {_plane * 0x10000 + 0xfffe, _plane * 0x10000 + 0xffff}
del _code, _char, _plane


def _replace_charref(match):
    ref = match.group(1)
    if ref[0] == '#':
        digits = ref[1:].rstrip(';')
        if digits[0] in 'xX':
            code = int(digits[1:], 16)
        else:
            code = int(digits)
        if code in _invalid_charrefs:
            return _invalid_charrefs[code]
        if 0xD800 <= code <= 0xDFFF or code > 0x10FFFF:
            return '\ufffd'
        if code in _invalid_codepoints:
            return ''
        return chr(code)
    if ref in _html5:
        return _html5[ref]
    # The longest name at its start that needs no ';' (as '&notit;' is '¬it;').
    for end in range(len(ref) - 1, 1, -1):
        if ref[:end] in _html5:
            return _html5[ref[:end]] + ref[end:]
    return '&' + ref


_charref = _re.compile(r'&(#[0-9]+;?'
                       r'|#[xX][0-9a-fA-F]+;?'
                       r'|[^\t\n\f <&#;]{1,32};?)')


def unescape(s):
    if '&' not in s:
        return s
    return _charref.sub(_replace_charref, s)
