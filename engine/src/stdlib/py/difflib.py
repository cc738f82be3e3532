# The `difflib` module: SequenceMatcher (in _difflib_matcher), Differ and
# ndiff with their "? " intraline hints, unified and context diffs,
# get_close_matches and restore, with CPython 3.11's output.
import re as _re
from _difflib_matcher import SequenceMatcher, Match

__all__ = ['get_close_matches', 'ndiff', 'restore', 'SequenceMatcher',
           'Differ', 'IS_CHARACTER_JUNK', 'IS_LINE_JUNK', 'context_diff',
           'unified_diff', 'diff_bytes', 'Match']


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    """The best n of possibilities scoring at least cutoff against word."""
    if not n > 0:
        raise ValueError("n must be > 0: %r" % (n,))
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError("cutoff must be in [0.0, 1.0]: %r" % (cutoff,))
    scored = []
    matcher = SequenceMatcher()
    # word is the indexed side, so it is indexed once for all candidates.
    matcher.set_seq2(word)
    for candidate in possibilities:
        matcher.set_seq1(candidate)
        if (matcher.real_quick_ratio() >= cutoff and matcher.quick_ratio() >= cutoff
                and matcher.ratio() >= cutoff):
            scored.append((matcher.ratio(), candidate))
    # Highest score first; equal scores go to the larger candidate.
    scored.sort(reverse=True)
    return [candidate for _, candidate in scored[:n]]


_LINE_JUNK = _re.compile(r'\s*(?:#\s*)?$')


def IS_LINE_JUNK(line, pat=_LINE_JUNK.match):
    """A blank line, or one holding only a '#' and whitespace."""
    return pat(line) is not None


def IS_CHARACTER_JUNK(ch, ws=" \t"):
    """A space or a tab."""
    return ch in ws


def _hint_line(line, marks):
    # Marks under whitespace that is unchanged copy that whitespace, so a
    # tab in the line keeps the marks after it aligned.
    out = []
    for c, m in zip(line, marks):
        out.append(c if m == ' ' and c.isspace() else m)
    return ''.join(out).rstrip()


class Differ:
    """Line-by-line deltas with "- ", "+ ", "  " and "? " prefixes."""

    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        matcher = SequenceMatcher(self.linejunk, a, b)
        for tag, alo, ahi, blo, bhi in matcher.get_opcodes():
            if tag == 'replace':
                yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
            elif tag == 'delete':
                yield from self._dump('-', a, alo, ahi)
            elif tag == 'insert':
                yield from self._dump('+', b, blo, bhi)
            elif tag == 'equal':
                yield from self._dump(' ', a, alo, ahi)
            else:
                raise ValueError('unknown tag %r' % (tag,))

    def _dump(self, tag, x, lo, hi):
        for i in range(lo, hi):
            yield '%s %s' % (tag, x[i])

    def _plain_replace(self, a, alo, ahi, b, blo, bhi):
        assert alo < ahi and blo < bhi
        # The shorter block goes first; on equal sizes the deletions do.
        if bhi - blo < ahi - alo:
            yield from self._dump('+', b, blo, bhi)
            yield from self._dump('-', a, alo, ahi)
        else:
            yield from self._dump('-', a, alo, ahi)
            yield from self._dump('+', b, blo, bhi)

    def _fancy_replace(self, a, alo, ahi, b, blo, bhi):
        # Pair up the most similar differing lines (ratio above 0.74, and at
        # least 0.75 to be used), scanning b in the outer loop so ties go to
        # the earliest line of b, then of a. Identical lines (junk the line
        # matcher skipped) are a fallback anchor only.
        threshold = 0.74
        best = None
        same = None
        matcher = SequenceMatcher(self.charjunk)
        for j in range(blo, bhi):
            bline = b[j]
            matcher.set_seq2(bline)
            for i in range(alo, ahi):
                aline = a[i]
                if aline == bline:
                    if same is None:
                        same = (i, j)
                    continue
                matcher.set_seq1(aline)
                # The cheap upper bounds rule most pairs out before ratio().
                if (matcher.real_quick_ratio() > threshold
                        and matcher.quick_ratio() > threshold
                        and matcher.ratio() > threshold):
                    threshold = matcher.ratio()
                    best = (i, j)
        if best is not None and threshold < 0.75:
            best = None
        if best is None:
            if same is None:
                yield from self._plain_replace(a, alo, ahi, b, blo, bhi)
                return
            best_i, best_j = same
            identical = True
        else:
            best_i, best_j = best
            identical = False

        yield from self._fancy_helper(a, alo, best_i, b, blo, best_j)
        aline, bline = a[best_i], b[best_j]
        if identical:
            yield '  ' + aline
        else:
            amarks = []
            bmarks = []
            matcher.set_seqs(aline, bline)
            for tag, i1, i2, j1, j2 in matcher.get_opcodes():
                if tag == 'replace':
                    amarks.append('^' * (i2 - i1))
                    bmarks.append('^' * (j2 - j1))
                elif tag == 'delete':
                    amarks.append('-' * (i2 - i1))
                elif tag == 'insert':
                    bmarks.append('+' * (j2 - j1))
                elif tag == 'equal':
                    amarks.append(' ' * (i2 - i1))
                    bmarks.append(' ' * (j2 - j1))
                else:
                    raise ValueError('unknown tag %r' % (tag,))
            yield from self._qformat(aline, bline, ''.join(amarks), ''.join(bmarks))
        yield from self._fancy_helper(a, best_i + 1, ahi, b, best_j + 1, bhi)

    def _fancy_helper(self, a, alo, ahi, b, blo, bhi):
        if alo < ahi:
            if blo < bhi:
                yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
            else:
                yield from self._dump('-', a, alo, ahi)
        elif blo < bhi:
            yield from self._dump('+', b, blo, bhi)

    def _qformat(self, aline, bline, atags, btags):
        atags = _hint_line(aline, atags)
        btags = _hint_line(bline, btags)
        yield '- ' + aline
        if atags:
            yield '? %s\n' % atags
        yield '+ ' + bline
        if btags:
            yield '? %s\n' % btags


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    """Differ(linejunk, charjunk).compare(a, b)."""
    return Differ(linejunk, charjunk).compare(a, b)


def restore(delta, which):
    """One of the two sequences an ndiff/compare delta was made from."""
    try:
        tag = {1: '- ', 2: '+ '}[int(which)]
    except KeyError:
        raise ValueError('unknown delta choice (must be 1 or 2): %r' % which) from None
    for line in delta:
        prefix = line[:2]
        if prefix == '  ' or prefix == tag:
            yield line[2:]


def _check_types(a, b, *args):
    # Mixing bytes in would otherwise fail deep inside with a vaguer error.
    for seq in (a, b):
        if seq and not isinstance(seq[0], str):
            raise TypeError('lines to compare must be str, not %s (%r)' %
                            (type(seq[0]).__name__, seq[0]))
    for arg in args:
        if not isinstance(arg, str):
            raise TypeError('all arguments must be str, not: %r' % (arg,))


def _unified_range(start, stop):
    # "first,count" with 1-based first; an empty range names the line
    # before it, and a count of one is left out.
    count = stop - start
    if count == 1:
        return str(start + 1)
    if not count:
        return '%d,0' % start
    return '%d,%d' % (start + 1, count)


def _context_range(start, stop):
    # "first,last", 1-based; empty and one-line ranges show a single number.
    count = stop - start
    if not count:
        return str(start)
    if count == 1:
        return str(start + 1)
    return '%d,%d' % (start + 1, start + count)


def _header(mark, name, date, lineterm):
    if date:
        return '%s %s\t%s%s' % (mark, name, date, lineterm)
    return '%s %s%s' % (mark, name, lineterm)


def unified_diff(a, b, fromfile='', tofile='', fromfiledate='', tofiledate='',
                 n=3, lineterm='\n'):
    """The differences of two lists of lines as unified diff hunks."""
    _check_types(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    first_hunk = True
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if first_hunk:
            first_hunk = False
            yield _header('---', fromfile, fromfiledate, lineterm)
            yield _header('+++', tofile, tofiledate, lineterm)
        head, tail = group[0], group[-1]
        yield '@@ -%s +%s @@%s' % (_unified_range(head[1], tail[2]),
                                   _unified_range(head[3], tail[4]), lineterm)
        for tag, i1, i2, j1, j2 in group:
            if tag == 'equal':
                for line in a[i1:i2]:
                    yield ' ' + line
                continue
            if tag != 'insert':
                for line in a[i1:i2]:
                    yield '-' + line
            if tag != 'delete':
                for line in b[j1:j2]:
                    yield '+' + line


_CONTEXT_MARK = {'insert': '+ ', 'delete': '- ', 'replace': '! ', 'equal': '  '}


def context_diff(a, b, fromfile='', tofile='', fromfiledate='', tofiledate='',
                 n=3, lineterm='\n'):
    """The differences of two lists of lines as context diff hunks."""
    _check_types(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    first_hunk = True
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if first_hunk:
            first_hunk = False
            yield _header('***', fromfile, fromfiledate, lineterm)
            yield _header('---', tofile, tofiledate, lineterm)
        head, tail = group[0], group[-1]
        yield '***************' + lineterm
        yield '*** %s ****%s' % (_context_range(head[1], tail[2]), lineterm)
        # A side's lines are listed only when that side has changes.
        if any(code[0] == 'replace' or code[0] == 'delete' for code in group):
            for tag, i1, i2, _, _ in group:
                if tag != 'insert':
                    for line in a[i1:i2]:
                        yield _CONTEXT_MARK[tag] + line
        yield '--- %s ----%s' % (_context_range(head[3], tail[4]), lineterm)
        if any(code[0] == 'replace' or code[0] == 'insert' for code in group):
            for tag, _, _, j1, j2 in group:
                if tag != 'delete':
                    for line in b[j1:j2]:
                        yield _CONTEXT_MARK[tag] + line


def diff_bytes(dfunc, a, b, fromfile=b'', tofile=b'', fromfiledate=b'',
               tofiledate=b'', n=3, lineterm=b'\n'):
    """unified_diff or context_diff over bytes lines, giving bytes lines."""
    # Latin-1 maps each byte to one character and back, so the diff of the
    # decoded text is the diff of the bytes.
    def decode(s):
        try:
            return s.decode('latin-1')
        except AttributeError as err:
            raise TypeError('all arguments must be bytes, not %s (%r)' %
                            (type(s).__name__, s)) from err
    a = [decode(line) for line in a]
    b = [decode(line) for line in b]
    args = [decode(arg) for arg in (fromfile, tofile, fromfiledate, tofiledate, lineterm)]
    for line in dfunc(a, b, args[0], args[1], args[2], args[3], n, args[4]):
        yield line.encode('latin-1')
