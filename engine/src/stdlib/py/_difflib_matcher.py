# `_difflib_matcher`: difflib's SequenceMatcher and its Match triples.
# Matching follows the documented Ratcliff/Obershelp scheme: the longest
# junk-free block first (earliest in a, then earliest in b, on ties), grown
# over equal non-junk and then equal junk neighbours, and the same applied
# recursively to the pieces either side of it. Ties must break exactly as in
# CPython, since every diff built on top shows them.
from collections import namedtuple as _namedtuple
from types import GenericAlias as _GenericAlias

__all__ = ['SequenceMatcher', 'Match']

Match = _namedtuple('Match', 'a b size')
Match.__module__ = 'difflib'


def _ratio(matches, total):
    # Two empty sequences are taken as identical.
    if total:
        return 2.0 * matches / total
    return 1.0


class SequenceMatcher:
    """Compares two sequences of hashable elements."""

    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk = isjunk
        self.autojunk = autojunk
        self.a = self.b = None
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        # Only b is indexed, so a fresh a just drops the cached results.
        if a is self.a:
            return
        self.a = a
        self.matching_blocks = None
        self.opcodes = None

    def set_seq2(self, b):
        if b is self.b:
            return
        self.b = b
        self.matching_blocks = None
        self.opcodes = None
        self.fullbcount = None
        self._index_b()

    def _index_b(self):
        # b2j maps each element of b to its ascending positions, leaving out
        # junk and (with autojunk) elements too common to be useful anchors.
        b = self.b
        positions = {}
        for j, elt in enumerate(b):
            where = positions.get(elt)
            if where is None:
                positions[elt] = [j]
            else:
                where.append(j)
        junk = set()
        if self.isjunk:
            for elt in list(positions):
                if self.isjunk(elt):
                    junk.add(elt)
            for elt in junk:
                del positions[elt]
        popular = set()
        size = len(b)
        if self.autojunk and size >= 200:
            limit = size // 100 + 1
            for elt, where in positions.items():
                if len(where) > limit:
                    popular.add(elt)
            for elt in popular:
                del positions[elt]
        self.b2j = positions
        self.bjunk = junk
        self.bpopular = popular

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        a, b, b2j, junk = self.a, self.b, self.b2j, self.bjunk
        if ahi is None:
            ahi = len(a)
        if bhi is None:
            bhi = len(b)
        best_i, best_j, best_len = alo, blo, 0
        # run_at[j]: length of the junk-free match ending at a[i-1], b[j].
        run_at = {}
        no_positions = ()
        for i in range(alo, ahi):
            runs = {}
            for j in b2j.get(a[i], no_positions):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                k = run_at.get(j - 1, 0) + 1
                runs[j] = k
                if k > best_len:
                    best_i, best_j, best_len = i - k + 1, j - k + 1, k
            run_at = runs
        # Grow over equal popular elements, then over equal junk, so a junk
        # run touching the block is reported with it (never on its own).
        for want_junk in (False, True):
            while (best_i > alo and best_j > blo
                   and (b[best_j - 1] in junk) == want_junk
                   and a[best_i - 1] == b[best_j - 1]):
                best_i -= 1
                best_j -= 1
                best_len += 1
            while (best_i + best_len < ahi and best_j + best_len < bhi
                   and (b[best_j + best_len] in junk) == want_junk
                   and a[best_i + best_len] == b[best_j + best_len]):
                best_len += 1
        return Match(best_i, best_j, best_len)

    def get_matching_blocks(self):
        if self.matching_blocks is not None:
            return self.matching_blocks
        la, lb = len(self.a), len(self.b)
        found = []
        pending = [(0, la, 0, lb)]
        while pending:
            alo, ahi, blo, bhi = pending.pop()
            i, j, k = match = self.find_longest_match(alo, ahi, blo, bhi)
            if not k:
                continue
            found.append(match)
            if alo < i and blo < j:
                pending.append((alo, i, blo, j))
            if i + k < ahi and j + k < bhi:
                pending.append((i + k, ahi, j + k, bhi))
        found.sort()
        # Blocks that touch end to end are reported as one.
        merged = []
        cur_i = cur_j = cur_k = 0
        for i, j, k in found:
            if cur_i + cur_k == i and cur_j + cur_k == j:
                cur_k += k
                continue
            if cur_k:
                merged.append(Match(cur_i, cur_j, cur_k))
            cur_i, cur_j, cur_k = i, j, k
        if cur_k:
            merged.append(Match(cur_i, cur_j, cur_k))
        merged.append(Match(la, lb, 0))
        self.matching_blocks = merged
        return merged

    def get_opcodes(self):
        if self.opcodes is not None:
            return self.opcodes
        codes = []
        i = j = 0
        for ai, bj, size in self.get_matching_blocks():
            if i < ai:
                codes.append(('replace' if j < bj else 'delete', i, ai, j, bj))
            elif j < bj:
                codes.append(('insert', i, ai, j, bj))
            i, j = ai + size, bj + size
            if size:
                codes.append(('equal', ai, i, bj, j))
        self.opcodes = codes
        return codes

    def get_grouped_opcodes(self, n=3):
        # The cached opcode list itself is trimmed, as CPython does: a later
        # get_opcodes() shows the trimmed first and last runs.
        codes = self.get_opcodes()
        if not codes:
            codes = [('equal', 0, 1, 0, 1)]
        # Leading and trailing equal runs keep only n lines of context.
        tag, i1, i2, j1, j2 = codes[0]
        if tag == 'equal':
            codes[0] = (tag, max(i1, i2 - n), i2, max(j1, j2 - n), j2)
        tag, i1, i2, j1, j2 = codes[-1]
        if tag == 'equal':
            codes[-1] = (tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n))
        group = []
        for tag, i1, i2, j1, j2 in codes:
            # An equal run longer than 2n closes one hunk and opens the next.
            if tag == 'equal' and i2 - i1 > n + n:
                group.append((tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
                yield group
                group = []
                i1, j1 = max(i1, i2 - n), max(j1, j2 - n)
            group.append((tag, i1, i2, j1, j2))
        if group and not (len(group) == 1 and group[0][0] == 'equal'):
            yield group

    def ratio(self):
        matches = 0
        for block in self.get_matching_blocks():
            matches += block[2]
        return _ratio(matches, len(self.a) + len(self.b))

    def quick_ratio(self):
        # An upper bound on ratio(): elements in common, ignoring order.
        if self.fullbcount is None:
            counts = {}
            for elt in self.b:
                counts[elt] = counts.get(elt, 0) + 1
            self.fullbcount = counts
        counts = self.fullbcount
        left = {}
        matches = 0
        for elt in self.a:
            remaining = left[elt] if elt in left else counts.get(elt, 0)
            left[elt] = remaining - 1
            if remaining > 0:
                matches += 1
        return _ratio(matches, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        # A cheaper bound still: the shorter length matched in full.
        la, lb = len(self.a), len(self.b)
        return _ratio(min(la, lb), la + lb)

    __class_getitem__ = classmethod(_GenericAlias)


SequenceMatcher.__module__ = 'difflib'
