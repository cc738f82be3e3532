"""html.parser: HTMLParser, a tolerant tokenizer for HTML that calls a
handle_* method for each start tag, end tag, run of text, comment,
declaration, processing instruction and (with convert_charrefs=False)
character or entity reference. Data may be fed in pieces: a construct cut
off at the end of a piece waits for the next one."""

import re
from html import unescape

__all__ = ['HTMLParser']

# The token grammar HTML5 parsers tolerate.
_TEXT_STOP = re.compile('[&<]')
_INCOMPLETE_REF = re.compile('&[a-zA-Z#]')
_ENTITYREF = re.compile('&([a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9]')
_CHARREF = re.compile('&#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]')
_STARTTAG_OPEN = re.compile('<[a-zA-Z]')
_TAG_NAME = re.compile(r'([a-zA-Z][^\t\n\r\f />\x00]*)(?:\s|/(?!>))*')
# An attribute: a name (after a quote, space or slash), then optionally
# '=' (repeats allowed) and a quoted or bare value.
_ATTR = re.compile(r'((?<=[\'"\s/])[^\s/>][^\s/=>]*)(\s*=+\s*'
                   r'(\'[^\']*\'|"[^"]*"|(?![\'"])[^>\s]*))?(?:\s|/(?!>))*')
# As far as a start tag's name and attributes go.
_STARTTAG_BODY = re.compile(
    r'<[a-zA-Z][^\t\n\r\f />\x00]*'
    r'(?:[\s/]*'
    r'(?:(?<=[\'"\s/])[^\s/>][^\s/=>]*'
    r'(?:\s*=+\s*(?:\'[^\']*\'|"[^"]*"|(?![\'"])[^>\s]*)\s*)?'
    r'(?:\s|/(?!>))*'
    r')*'
    r')?'
    r'\s*')
_END_TAG = re.compile(r'</\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*>')
_COMMENT_END = re.compile(r'--\s*>')
_SECTION_END = re.compile(r']\s*]\s*>')
_MS_SECTION_END = re.compile(r']\s*>')
_DECL_NAME = re.compile(r'[a-zA-Z][-_.a-zA-Z0-9]*\s*')
_SPACE_OR_SEMI = re.compile(r'[\s;]')

_STANDARD_SECTIONS = {'temp', 'cdata', 'ignore', 'include', 'rcdata'}
_MS_SECTIONS = {'if', 'else', 'endif'}


class HTMLParser:
    """Subclass and override the handle_* methods; feed() text, close() at
    the end. With convert_charrefs (the default) references in text are
    decoded into the data passed to handle_data."""

    CDATA_CONTENT_ELEMENTS = ("script", "style")

    def __init__(self, *, convert_charrefs=True):
        self.convert_charrefs = convert_charrefs
        self.reset()

    def reset(self):
        """Forgets any unprocessed data and starts again."""
        self.rawdata = ''
        self.lasttag = '???'
        self.interesting = _TEXT_STOP
        self.cdata_elem = None
        self.lineno = 1
        self.offset = 0

    def feed(self, data):
        """Processes as much of `data` (after what was left over) as can be."""
        self.rawdata = self.rawdata + data
        self.goahead(0)

    def close(self):
        """Processes everything left, as if the input ended here."""
        self.goahead(1)

    def getpos(self):
        """(line, column) of the construct being reported."""
        return self.lineno, self.offset

    __starttag_text = None

    def get_starttag_text(self):
        """The source text of the last start tag."""
        return self.__starttag_text

    def set_cdata_mode(self, elem):
        # Inside <script> and <style> only their own end tag is markup.
        self.cdata_elem = elem.lower()
        self.interesting = re.compile(r'</\s*%s\s*>' % self.cdata_elem, re.I)

    def clear_cdata_mode(self):
        self.interesting = _TEXT_STOP
        self.cdata_elem = None

    def updatepos(self, i, j):
        """Moves the reported position over rawdata[i:j]; returns j."""
        if i >= j:
            return j
        newlines = self.rawdata.count('\n', i, j)
        if newlines:
            self.lineno += newlines
            self.offset = j - (self.rawdata.rindex('\n', i, j) + 1)
        else:
            self.offset += j - i
        return j

    def _text(self, text):
        if self.convert_charrefs and not self.cdata_elem:
            text = unescape(text)
        self.handle_data(text)

    def goahead(self, end):
        raw = self.rawdata
        i = 0
        n = len(raw)
        while i < n:
            if self.convert_charrefs and not self.cdata_elem:
                j = raw.find('<', i)
                if j < 0:
                    # A reference may be cut off at the end of this piece:
                    # wait for more unless it is clearly finished.
                    amp = raw.rfind('&', max(i, n - 34))
                    if amp >= 0 and not _SPACE_OR_SEMI.search(raw, amp):
                        break
                    j = n
            else:
                m = self.interesting.search(raw, i)
                if m:
                    j = m.start()
                elif self.cdata_elem:
                    break
                else:
                    j = n
            if i < j:
                self._text(raw[i:j])
            i = self.updatepos(i, j)
            if i == n:
                break
            if raw.startswith('<', i):
                if _STARTTAG_OPEN.match(raw, i):
                    k = self.parse_starttag(i)
                elif raw.startswith('</', i):
                    k = self.parse_endtag(i)
                elif raw.startswith('<!--', i):
                    k = self.parse_comment(i)
                elif raw.startswith('<?', i):
                    k = self.parse_pi(i)
                elif raw.startswith('<!', i):
                    k = self.parse_html_declaration(i)
                elif i + 1 < n:
                    self.handle_data('<')
                    k = i + 1
                else:
                    break
                if k < 0:
                    if not end:
                        break
                    # At the end an unfinished construct is text, up to its
                    # '>' or the next '<' (else just the '<').
                    k = raw.find('>', i + 1)
                    if k < 0:
                        k = raw.find('<', i + 1)
                        if k < 0:
                            k = i + 1
                    else:
                        k += 1
                    self._text(raw[i:k])
                i = self.updatepos(i, k)
            elif raw.startswith('&#', i):
                m = _CHARREF.match(raw, i)
                if m:
                    self.handle_charref(m.group()[2:-1])
                    k = m.end()
                    if raw[k - 1] != ';':
                        k -= 1
                    i = self.updatepos(i, k)
                    continue
                if ';' in raw[i:]:
                    # Not a reference after all: '&#' is text.
                    self.handle_data(raw[i:i + 2])
                    i = self.updatepos(i, i + 2)
                break
            elif raw.startswith('&', i):
                m = _ENTITYREF.match(raw, i)
                if m:
                    self.handle_entityref(m.group(1))
                    k = m.end()
                    if raw[k - 1] != ';':
                        k -= 1
                    i = self.updatepos(i, k)
                    continue
                m = _INCOMPLETE_REF.match(raw, i)
                if m:
                    if end and m.group() == raw[i:]:
                        # '&x' at the very end: the '&' is dropped.
                        i = self.updatepos(i, i + 1)
                    break
                if i + 1 < n:
                    self.handle_data('&')
                    i = self.updatepos(i, i + 1)
                else:
                    break
            else:
                raise AssertionError("interesting.search() lied")
        if end and i < n and not self.cdata_elem:
            self._text(raw[i:n])
            i = self.updatepos(i, n)
        self.rawdata = raw[i:]

    # ----- markup at rawdata[i] -----

    def parse_html_declaration(self, i):
        raw = self.rawdata
        if raw[i:i + 4] == '<!--':
            return self.parse_comment(i)
        if raw[i:i + 3] == '<![':
            return self.parse_marked_section(i)
        if raw[i:i + 9].lower() == '<!doctype':
            gt = raw.find('>', i + 9)
            if gt == -1:
                return -1
            self.handle_decl(raw[i + 2:gt])
            return gt + 1
        return self.parse_bogus_comment(i)

    def parse_bogus_comment(self, i, report=1):
        """'<!...>' or '</...>' that is nothing else is a comment."""
        raw = self.rawdata
        gt = raw.find('>', i + 2)
        if gt == -1:
            return -1
        if report:
            self.handle_comment(raw[i + 2:gt])
        return gt + 1

    def parse_comment(self, i, report=1):
        raw = self.rawdata
        if raw[i:i + 4] != '<!--':
            raise AssertionError('unexpected call to parse_comment()')
        m = _COMMENT_END.search(raw, i + 4)
        if not m:
            return -1
        if report:
            self.handle_comment(raw[i + 4:m.start()])
        return m.end()

    def _scan_name(self, i, declstart):
        raw = self.rawdata
        if i == len(raw):
            return None, -1
        m = _DECL_NAME.match(raw, i)
        if not m:
            self.updatepos(declstart, i)
            raise AssertionError("expected name token at %r" % raw[declstart:declstart + 20])
        if m.end() == len(raw):
            return None, -1
        return m.group().strip().lower(), m.end()

    def parse_marked_section(self, i, report=1):
        """'<![name[ ... ]]>' (or '<![if ...]>' from MS Office)."""
        raw = self.rawdata
        name, j = self._scan_name(i + 3, i)
        if j < 0:
            return j
        if name in _STANDARD_SECTIONS:
            m = _SECTION_END.search(raw, i + 3)
        elif name in _MS_SECTIONS:
            m = _MS_SECTION_END.search(raw, i + 3)
        else:
            raise AssertionError('unknown status keyword %r in marked section' % raw[i + 3:j])
        if not m:
            return -1
        if report:
            self.unknown_decl(raw[i + 3:m.start()])
        return m.end()

    def parse_pi(self, i):
        raw = self.rawdata
        gt = raw.find('>', i + 2)
        if gt < 0:
            return -1
        self.handle_pi(raw[i + 2:gt])
        return gt + 1

    def check_for_whole_start_tag(self, i):
        """Where the start tag at i ends, or -1 if the data may be incomplete."""
        raw = self.rawdata
        j = _STARTTAG_BODY.match(raw, i).end()
        following = raw[j:j + 1]
        if following == '>':
            return j + 1
        if following == '/':
            if raw.startswith('/>', j):
                return j + 2
            return -1
        if not following:
            return -1
        if following in 'abcdefghijklmnopqrstuvwxyz=/ABCDEFGHIJKLMNOPQRSTUVWXYZ':
            # In or before an attribute value that goes on in the next piece.
            return -1
        return j if j > i else i + 1

    def parse_starttag(self, i):
        end = self.check_for_whole_start_tag(i)
        if end < 0:
            return end
        raw = self.rawdata
        self.__starttag_text = raw[i:end]
        m = _TAG_NAME.match(raw, i + 1)
        k = m.end()
        self.lasttag = tag = m.group(1).lower()
        attrs = []
        while k < end:
            m = _ATTR.match(raw, k)
            if not m:
                break
            name, has_value, value = m.group(1, 2, 3)
            if not has_value:
                value = None
            elif value[:1] in ('"', "'") and value[:1] == value[-1:]:
                value = value[1:-1]
            if value:
                value = unescape(value)
            attrs.append((name.lower(), value))
            k = m.end()
        rest = raw[k:end].strip()
        if rest not in ('>', '/>'):
            self.handle_data(raw[i:end])
            return end
        if rest.endswith('/>'):
            # XHTML style: <br/>
            self.handle_startendtag(tag, attrs)
        else:
            self.handle_starttag(tag, attrs)
            if tag in self.CDATA_CONTENT_ELEMENTS:
                self.set_cdata_mode(tag)
        return end

    def parse_endtag(self, i):
        raw = self.rawdata
        gt = raw.find('>', i + 1)
        if gt < 0:
            return -1
        gt += 1
        m = _END_TAG.match(raw, i)
        if not m:
            if self.cdata_elem is not None:
                self.handle_data(raw[i:gt])
                return gt
            name = _TAG_NAME.match(raw, i + 2)
            if not name:
                if raw[i:i + 3] == '</>':
                    return i + 3
                return self.parse_bogus_comment(i)
            tag = name.group(1).lower()
            # Attributes in an end tag are ignored, up to its '>'.
            gt = raw.find('>', name.end())
            self.handle_endtag(tag)
            return gt + 1
        elem = m.group(1).lower()
        if self.cdata_elem is not None and elem != self.cdata_elem:
            self.handle_data(raw[i:gt])
            return gt
        self.handle_endtag(elem)
        self.clear_cdata_mode()
        return gt

    # ----- the handlers, for subclasses to override -----

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_starttag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        pass

    def handle_charref(self, name):
        pass

    def handle_entityref(self, name):
        pass

    def handle_data(self, data):
        pass

    def handle_comment(self, data):
        pass

    def handle_decl(self, decl):
        pass

    def handle_pi(self, data):
        pass

    def unknown_decl(self, data):
        pass
