"""Shell-style wildcards: '*' (any run), '?' (any character), '[seq]' and
'[!seq]' (character sets with ranges), matched by translating the pattern
into a regular expression exactly as CPython 3.11 spells it."""

import os
import posixpath
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_cache = {}


def _compile_pattern(pat):
    key = (type(pat), pat)
    match = _cache.get(key)
    if match is None:
        if isinstance(pat, bytes):
            match = _bytes_matcher(re.compile(translate(str(pat, 'ISO-8859-1'))).match)
        else:
            match = re.compile(translate(pat)).match
        if len(_cache) >= 32768:
            _cache.clear()
        _cache[key] = match
    return match


def _bytes_matcher(match):
    # Krait's re has no bytes patterns: bytes are matched as Latin-1 text,
    # which maps each byte to the character of the same value.
    def match_bytes(name):
        if not isinstance(name, (bytes, bytearray)):
            raise TypeError('cannot use a bytes pattern on a string-like object')
        return match(bytes(name).decode('ISO-8859-1'))
    return match_bytes


def fnmatch(name, pat):
    """Does `name` match `pat`? Case is normalised as os.path.normcase does."""
    return fnmatchcase(os.path.normcase(name), os.path.normcase(pat))


def fnmatchcase(name, pat):
    """Does `name` match `pat`, case-sensitively?"""
    return _compile_pattern(pat)(name) is not None


def filter(names, pat):
    """The names in `names` that match `pat`."""
    match = _compile_pattern(os.path.normcase(pat))
    if os.path is posixpath:
        return [name for name in names if match(name)]
    return [name for name in names if match(os.path.normcase(name))]


# The placeholder for a run of '*' while the pattern is being translated.
_STAR = object()


def _set_ranges(pat, start, end):
    """The body of a '[...]' set with a '-' in it: the set split into
    pieces around the hyphens that form ranges, reversed ranges (which a
    regex would reject) dropped, and the other hyphens escaped."""
    pieces = []
    piece_start = start
    # A '-' right after '[' or '[!' is a literal, as is one just after a range.
    search = start + (2 if pat[start] == '!' else 1)
    while True:
        hyphen = pat.find('-', search, end)
        if hyphen < 0:
            break
        pieces.append(pat[piece_start:hyphen])
        piece_start = hyphen + 1
        search = hyphen + 3
    last = pat[piece_start:end]
    if last:
        pieces.append(last)
    else:
        pieces[-1] += '-'
    for k in range(len(pieces) - 1, 0, -1):
        if pieces[k - 1][-1] > pieces[k][0]:
            pieces[k - 1] = pieces[k - 1][:-1] + pieces[k][1:]
            del pieces[k]
    return '-'.join(p.replace('\\', '\\\\').replace('-', '\\-') for p in pieces)


def _translate_set(pat, i, n):
    """The regex for the '[...]' whose body starts at pat[i], and where the
    pattern goes on; None if the '[' is not closed."""
    j = i
    if j < n and pat[j] == '!':
        j += 1
    if j < n and pat[j] == ']':
        j += 1
    j = pat.find(']', j)
    if j < 0:
        return None
    if '-' in pat[i:j]:
        body = _set_ranges(pat, i, j)
    else:
        body = pat[i:j].replace('\\', '\\\\')
    # '&&', '~~' and '||' might one day be set operations.
    body = ''.join('\\' + c if c in '&~|' else c for c in body)
    if not body:
        return '(?!)', j + 1
    if body == '!':
        return '.', j + 1
    if body[0] == '!':
        body = '^' + body[1:]
    elif body[0] in '^[':
        body = '\\' + body
    return '[' + body + ']', j + 1


def translate(pat):
    """The regular expression (a str) that matches what `pat` matches."""
    tokens = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not tokens or tokens[-1] is not _STAR:
                tokens.append(_STAR)
        elif c == '?':
            tokens.append('.')
        elif c == '[':
            found = _translate_set(pat, i, n)
            if found is None:
                tokens.append('\\[')
            else:
                regex, i = found
                tokens.append(regex)
        else:
            tokens.append(re.escape(c))
    # Between stars, match the fixed text at its first place with an atomic
    # group, so failing matches cannot backtrack into earlier stars; the
    # last star is a plain '.*'.
    out = []
    k = 0
    while k < len(tokens) and tokens[k] is not _STAR:
        out.append(tokens[k])
        k += 1
    while k < len(tokens):
        k += 1
        fixed = []
        while k < len(tokens) and tokens[k] is not _STAR:
            fixed.append(tokens[k])
            k += 1
        fixed = ''.join(fixed)
        if k < len(tokens):
            out.append('(?>.*?' + fixed + ')')
        else:
            out.append('.*' + fixed)
    return '(?s:' + ''.join(out) + ')\\Z'
