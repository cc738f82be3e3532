# html.parser.HTMLParser: every handler's events and positions for
# well-formed and broken markup, both charref modes, data fed in pieces,
# and seeded random tag soup.
import hashlib
import random
import html.parser
from html.parser import HTMLParser

print(html.parser.__all__, HTMLParser.CDATA_CONTENT_ELEMENTS)
try:
    HTMLParser(False)
except TypeError as e:
    print('TypeError', e)
class P(HTMLParser):
    def __init__(self, **kw):
        super().__init__(**kw); self.ev = []
    def handle_starttag(self, tag, attrs): self.ev.append(('start', tag, attrs, self.get_starttag_text(), self.getpos()))
    def handle_endtag(self, tag): self.ev.append(('end', tag, self.getpos()))
    def handle_data(self, d): self.ev.append(('data', d, self.getpos()))
    def handle_comment(self, d): self.ev.append(('comment', d))
    def handle_decl(self, d): self.ev.append(('decl', d))
    def handle_pi(self, d): self.ev.append(('pi', d))
    def handle_entityref(self, d): self.ev.append(('entityref', d))
    def handle_charref(self, d): self.ev.append(('charref', d))
    def unknown_decl(self, d): self.ev.append(('unknown', d))
docs = ['<p class="a" id=b disabled>Hi &amp; bye &#65;&#x42; &nbsp&copy;</p>',
 '<!DOCTYPE html><html><head><title>T</title></head><body><br/><img src="x.png" alt=\'a "q"\' /></body></html>',
 '<!-- a comment --><?xml version="1.0"?><![CDATA[x<y]]>',
 '<script>if (a < b && c > d) { x = "</p>"; }</script><style>p>a{}</style >after',
 '<SCRIPT>x</Script>', '<script>unclosed', '<p>unclosed', 'text < more', 'a & b', 'a &amp', 'a &#', 'a &#12', '&x', '<', '<a', '<a href="x', '</', '</a', '</>', '</ a>', '</a b="c">',
 '<a b=\'1\' c="2" d=3 e f=>', '<A HREF="X">', '<a b=&amp;c>', '<a b="&lt;&gt;&quot;">', '<a/b>', '<a  b = "c"  / >', '<br/ >', '<a b="c"/>', '<!->', '<!---->', '<!-- -- -->', '<!--x', '<!doctype html>', '<!DOCTYPE', '<![if x]>', '<!x>', '<?pi', '<?pi>',
 'line1\nline2<b>\n</b>x', '<p>a<p>b', '<div\n class="x"\n>', '&#0;&#x110000;&#xD800;&#128;', '<a b="&#65;">', 'x&lt;y&gt;z', '&unknownent; &amp;', '<img src=x.png/>', '<p =x>', '<p a==b>', '<p a="b"c>', '</p x>', '<![CDATA[abc]]>', '<a>&</a>', '<a>&&</a>', 'a&b;c', 'a&#x;b']
docs += ['<script>a</script >b', '<script>a</script x>b', '<script>a</scriptx>b</script>', '<script>a</ script>b', '<style>&amp;</style>', '<script>&amp;<!-- x --></script>',
 '<a &amp;', '<a b="&amp;', '</ >', '</ x', '<![ x', '<![foo[x]]>', '<![if x]>y<![endif]>', '<!DOCTYPE x', '<!', '<!>', '<?', '<?>', '<a b="c" d>', '<a b="c" /d>', '<a b="c"/ d>',
 '<a\x00b>', '<a\tb\nc\rd\fe>', '<a b=">"c>', "<a b='x'y='z'>", '<a b=c=d>', '<a ="x">', '<a/>', '<a/ />', '<a//>', '<a b/>', '<a b />', '<a b=c/>', '<p>x</p\n>', '</p\n>', '<abc:def x:y="1">', '<a b="1" b="2">',
 '<a b', '<a b=', '<a b="', '<a/', '<ab', '< a>', '<1a>', '<é>', '<aé b=é>']
for d in docs:
    for cc in (True, False):
        p = P(convert_charrefs=cc)
        try:
            p.feed(d); p.close()
        except Exception as e:
            p.ev.append((type(e).__name__, str(e)))
        print(repr(d), cc, p.ev)
# chunked feeding
d = '<p class="a">Hi &amp; bye &#65; &nbsp;x</p><!-- c --><script>a</b></script>'
for size in (1, 2, 3, 5, 7):
    for cc in (True, False):
        p = P(convert_charrefs=cc)
        for k in range(0, len(d), size): p.feed(d[k:k+size])
        p.close()
        print(size, cc, p.ev)


# A typical use: collecting links and the text.
class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []
        self.text = []

    def handle_starttag(self, tag, attrs):
        if tag == 'a':
            self.links.append(dict(attrs).get('href'))

    def handle_data(self, data):
        if data.strip():
            self.text.append(data.strip())


page = """<html><body><h1>Title &mdash; one</h1>
<p>See <a href="/x?a=1&amp;b=2">this</a> and <A HREF='http://e.com/'>that</A>.</p>
<script>var s = "<a href='no'>";</script></body></html>"""
links = Links()
links.feed(page)
links.close()
print(links.links, links.text, links.getpos(), links.lasttag, repr(links.rawdata))
p = Links()
p.feed('<a href="x">y')
print(p.rawdata, p.getpos())
p.reset()
print(repr(p.rawdata), p.getpos(), p.lasttag, p.get_starttag_text())
p = Links()
p.feed('abc &am')
print(p.text, repr(p.rawdata))
p.feed('p; def')
p.close()
print(p.text)

rng = random.Random(7)
pieces = ['<', '>', '/', '<a', '<p ', '</a>', '</', 'b', '=', '"', "'", ' ', '\n', '&', '&amp;', '&#', '&#x41', ';', '<!--', '-->', '--', '<!', '<?', '<![', 'CDATA[', ']]>', ']', '<script>', '</script>', '<style>', 'x', '1', '#', '\x00', '\t', 'doctype', 'é', 'if', '[']
out = []
for i in range(1500):
    doc = ''.join(rng.choice(pieces) for _ in range(rng.randrange(12)))
    for cc in (True, False):
        p = P(convert_charrefs=cc)
        try:
            if rng.random() < .5:
                p.feed(doc)
            else:
                k = 0
                while k < len(doc):
                    step = rng.randrange(1, 5)
                    p.feed(doc[k:k + step]); k += step
            p.close()
        except AssertionError as e:
            p.ev.append(('AssertionError', str(e)))
        out.append((doc, p.ev))
print(len(out), hashlib.md5(repr(out).encode()).hexdigest())
for r in out[::373]:
    print(repr(r))
