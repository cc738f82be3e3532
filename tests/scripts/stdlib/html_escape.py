# html.escape and html.unescape (named references in the html.entities subset,
# numeric ones with the HTML5 replacements) and the HTML 4 tables.
import html, html.entities
print(html.escape('<a href="x">&\'</a>'), html.escape('<"\'>', quote=False), html.escape(''))
tests = ['&amp;&lt;&gt;&quot;&#39;&#x27;', '&notit; &notin; &not &nota', '&amp &ampx &AMP; &Amp;',
 '&#0; &#13; &#128; &#129; &#x80; &#X9f; &#150 &#x110000; &#xD800; &#1; &#11; &#xfffe; &#x10ffff; &#65;&#x41;&#X41',
 '&#99999999999999999999999; &#; &#x; &# &', 'no refs', '&lang; &rang; &apos; &hellip; &euro;',
 '&' + 'a'*40 + ';', '&copy2023 &copyright; &reg;istered', '&nbsp;&nbsp&#160;', '&foo; &;', '&\t&\n&<&#&;',
 '&Aacute;&aacute;&Aacutex', '&lt&gt&quot', '&quot;&QUOT;&QUOT', '&amp;amp;', '&check; &hearts;']
for t in tests:
    print(repr(html.unescape(t)))
print(html.__all__, html.entities.__all__)
print(len(html.entities.name2codepoint), html.entities.codepoint2name[8364], html.entities.entitydefs['amp'])
print(list(html.entities.name2codepoint.items())[:5])
import html.entities as e
print(e.html5['amp;'], e.html5['amp'], 'apos' in e.html5, e.html5['apos;'])
print(html.unescape('&#x1F600;'), ascii(html.unescape('&#xd;&#x0;')))

# Every numeric reference below U+0200 and around the edges of the ranges.
codes = list(range(0x200)) + [0xd7ff, 0xd800, 0xdfff, 0xe000, 0xfdcf, 0xfdd0, 0xfdef,
                              0xfdf0, 0xfffd, 0xfffe, 0xffff, 0x10000, 0x1fffe, 0x10fffe,
                              0x10ffff, 0x110000]
print(''.join(html.unescape('&#%d;' % c) for c in codes) == ''.join(html.unescape('&#x%x' % c) for c in codes))
print([ascii(html.unescape('&#%d;' % c)) for c in codes])
# Every HTML 4 name, with and without its ';'.
ok = all(html.unescape('&%s;' % n) == chr(c) for n, c in e.name2codepoint.items() if n not in ('lang', 'rang'))
print(ok, html.unescape('&lang;&rang;') == '\u27e8\u27e9')
print(repr(html.unescape(' '.join('&' + n for n in sorted(e.name2codepoint)))))
print(html.escape(html.unescape('&lt;p class=&quot;x&quot;&gt;caf&eacute;&lt;/p&gt;')))
try:
    html.escape(None)
except Exception as ex:
    print(type(ex).__name__, ex)
try:
    html.unescape(b'&amp;')
except Exception as ex:
    print(type(ex).__name__, ex)
# HTML5-only names: letters, operators, arrows, alphabets, box drawing.
print(ascii(html.unescape('&Cfr;&Aopf;&escr;&boxDR;&zcaron;&ZHcy;&zhcy;&iocy;&therefore;'
                          '&rarrhk;&Longrightarrow;&frac38;&leq;&NotEqual;&varnothing;&hbar;')))
print(sum(1 for n in e.html5 if n.endswith(';')) >= 1000, 'amp' in e.html5, 'ampx' in e.html5)
