"""HTML character entity references: the HTML 4.01 set (`name2codepoint`,
`codepoint2name`, `entitydefs`) in full, and `html5` as a subset of the
WHATWG table: every HTML 4 name with its ';', the legacy names that also
work without one, and a selection of HTML5-only names (ASCII punctuation,
spaces, quotes, arrows, common mathematical operators and symbols,
Latin Extended-A, Cyrillic, the Fraktur/double-struck/script letters, box
drawing). Not included: the names for two-character sequences and many of
the rarer mathematical and arrow names.
"""

__all__ = ['html5', 'name2codepoint', 'codepoint2name', 'entitydefs']

# Latin-1 (HTMLlat1): U+00A0 to U+00FF in order.
_LATIN1 = '''nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not
shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo
frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil
Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc
Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave
aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave
iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash
ugrave uacute ucirc uuml yacute thorn yuml'''.split()

# Greek letters (HTMLsymbol): U+0391.. and U+03B1.. with U+03A2 unassigned.
_GREEK = '''Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu
Xi Omicron Pi Rho - Sigma Tau Upsilon Phi Chi Psi Omega'''.split()
_greek = '''alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu
xi omicron pi rho sigmaf sigma tau upsilon phi chi psi omega'''.split()

# The rest of HTMLsymbol and HTMLspecial.
_OTHER = {
    'quot': 34, 'amp': 38, 'lt': 60, 'gt': 62,
    'OElig': 338, 'oelig': 339, 'Scaron': 352, 'scaron': 353, 'Yuml': 376,
    'fnof': 402, 'circ': 710, 'tilde': 732,
    'thetasym': 977, 'upsih': 978, 'piv': 982,
    'ensp': 8194, 'emsp': 8195, 'thinsp': 8201, 'zwnj': 8204, 'zwj': 8205,
    'lrm': 8206, 'rlm': 8207, 'ndash': 8211, 'mdash': 8212, 'lsquo': 8216,
    'rsquo': 8217, 'sbquo': 8218, 'ldquo': 8220, 'rdquo': 8221, 'bdquo': 8222,
    'dagger': 8224, 'Dagger': 8225, 'bull': 8226, 'hellip': 8230, 'permil': 8240,
    'prime': 8242, 'Prime': 8243, 'lsaquo': 8249, 'rsaquo': 8250, 'oline': 8254,
    'frasl': 8260, 'euro': 8364, 'image': 8465, 'weierp': 8472, 'real': 8476,
    'trade': 8482, 'alefsym': 8501, 'larr': 8592, 'uarr': 8593, 'rarr': 8594,
    'darr': 8595, 'harr': 8596, 'crarr': 8629, 'lArr': 8656, 'uArr': 8657,
    'rArr': 8658, 'dArr': 8659, 'hArr': 8660, 'forall': 8704, 'part': 8706,
    'exist': 8707, 'empty': 8709, 'nabla': 8711, 'isin': 8712, 'notin': 8713,
    'ni': 8715, 'prod': 8719, 'sum': 8721, 'minus': 8722, 'lowast': 8727,
    'radic': 8730, 'prop': 8733, 'infin': 8734, 'ang': 8736, 'and': 8743,
    'or': 8744, 'cap': 8745, 'cup': 8746, 'int': 8747, 'there4': 8756,
    'sim': 8764, 'cong': 8773, 'asymp': 8776, 'ne': 8800, 'equiv': 8801,
    'le': 8804, 'ge': 8805, 'sub': 8834, 'sup': 8835, 'nsub': 8836,
    'sube': 8838, 'supe': 8839, 'oplus': 8853, 'otimes': 8855, 'perp': 8869,
    'sdot': 8901, 'lceil': 8968, 'rceil': 8969, 'lfloor': 8970, 'rfloor': 8971,
    'lang': 9001, 'rang': 9002, 'loz': 9674, 'spades': 9824, 'clubs': 9827,
    'hearts': 9829, 'diams': 9830,
}


def _html4():
    table = dict(_OTHER)
    for i, name in enumerate(_LATIN1):
        table[name] = 0xA0 + i
    for i, (upper, lower) in enumerate(zip(_GREEK, _greek)):
        if upper != '-':
            table[upper] = 0x391 + i
        table[lower] = 0x3B1 + i
    return {name: table[name] for name in sorted(table)}


name2codepoint = _html4()
codepoint2name = {cp: name for name, cp in name2codepoint.items()}
entitydefs = {name: chr(cp) for name, cp in name2codepoint.items()}

# Names HTML5 still recognises without the ';' (for pages written before it
# was required): all of Latin-1 and a few capitalised spellings.
_LEGACY = _LATIN1 + ['amp', 'lt', 'gt', 'quot', 'AMP', 'LT', 'GT', 'QUOT', 'COPY', 'REG']

# HTML5-only names (or HTML5 spellings of HTML 4 characters).
_HTML5_ONLY = {
    'Tab': 9, 'NewLine': 10, 'excl': 33, 'QUOT': 34, 'num': 35, 'dollar': 36,
    'percnt': 37, 'AMP': 38, 'apos': 39, 'lpar': 40, 'rpar': 41, 'ast': 42,
    'midast': 42, 'plus': 43, 'comma': 44, 'period': 46, 'sol': 47, 'colon': 58,
    'semi': 59, 'LT': 60, 'equals': 61, 'GT': 62, 'quest': 63, 'commat': 64,
    'lsqb': 91, 'lbrack': 91, 'bsol': 92, 'rsqb': 93, 'rbrack': 93, 'Hat': 94,
    'lowbar': 95, 'UnderBar': 95, 'grave': 96, 'DiacriticalGrave': 96,
    'lcub': 123, 'lbrace': 123, 'verbar': 124, 'vert': 124, 'VerticalLine': 124,
    'rcub': 125, 'rbrace': 125,
    'NonBreakingSpace': 160, 'COPY': 169, 'REG': 174, 'circledR': 174,
    'Dot': 168, 'die': 168, 'DoubleDot': 168, 'pm': 177, 'PlusMinus': 177,
    'centerdot': 183, 'CenterDot': 183, 'half': 189, 'div': 247,
    'emsp13': 8196, 'emsp14': 8197, 'numsp': 8199, 'puncsp': 8200,
    'ThinSpace': 8201, 'hairsp': 8202, 'VeryThinSpace': 8202,
    'ZeroWidthSpace': 8203, 'hyphen': 8208, 'dash': 8208, 'horbar': 8213,
    'Verbar': 8214, 'Vert': 8214, 'OpenCurlyQuote': 8216, 'rsquor': 8217,
    'CloseCurlyQuote': 8217, 'lsquor': 8218, 'OpenCurlyDoubleQuote': 8220,
    'rdquor': 8221, 'CloseCurlyDoubleQuote': 8221, 'ldquor': 8222,
    'ddagger': 8225, 'bullet': 8226, 'nldr': 8229, 'mldr': 8230,
    'pertenk': 8241, 'tprime': 8244, 'bprime': 8245, 'backprime': 8245,
    'OverBar': 8254, 'caret': 8257, 'hybull': 8259, 'bsemi': 8271,
    'qprime': 8279, 'MediumSpace': 8287, 'NoBreak': 8288,
    'ApplyFunction': 8289, 'af': 8289, 'InvisibleTimes': 8290, 'it': 8290,
    'InvisibleComma': 8291, 'ic': 8291, 'TRADE': 8482,
    'leftarrow': 8592, 'LeftArrow': 8592, 'slarr': 8592, 'ShortLeftArrow': 8592,
    'uparrow': 8593, 'UpArrow': 8593, 'ShortUpArrow': 8593,
    'rightarrow': 8594, 'RightArrow': 8594, 'srarr': 8594, 'ShortRightArrow': 8594,
    'downarrow': 8595, 'DownArrow': 8595, 'ShortDownArrow': 8595,
    'leftrightarrow': 8596, 'LeftRightArrow': 8596,
    'lang': 0x27E8, 'rang': 0x27E9, 'langle': 0x27E8, 'rangle': 0x27E9,
    'lozenge': 9674, 'starf': 9733, 'bigstar': 9733, 'star': 9734,
    'phone': 9742, 'female': 9792, 'male': 9794, 'spadesuit': 9824,
    'clubsuit': 9827, 'heartsuit': 9829, 'diamondsuit': 9830, 'sung': 9834,
    'flat': 9837, 'natur': 9838, 'natural': 9838, 'sharp': 9839,
    'check': 10003, 'checkmark': 10003, 'cross': 10007,
}


# More HTML5 names, by code point (several names may share one).
_HTML5_MORE = {
    1013: 'epsiv varepsilon straightepsilon', 977: 'thetav vartheta',
    981: 'phiv varphi straightphi', 982: 'varpi', 1009: 'rhov varrho', 962: 'sigmav varsigma',
    1008: 'kappav varkappa', 978: 'Upsi', 965: 'upsi', 988: 'Gammad', 989: 'gammad digamma',
    949: 'epsi', 937: 'ohm', 8804: 'leq', 8805: 'geq', 8806: 'lE', 8807: 'gE',
    8800: 'NotEqual', 8801: 'Congruent', 8802: 'nequiv NotCongruent', 8834: 'subset',
    8835: 'supset Superset', 8838: 'subseteq SubsetEqual', 8839: 'supseteq SupersetEqual',
    8726: 'setminus setmn Backslash smallsetminus ssetmn', 8712: 'isinv Element in',
    8713: 'NotElement notinva', 8715: 'niv ReverseElement SuchThat', 8719: 'Product',
    8720: 'coprod Coproduct', 8721: 'Sum', 8723: 'mnplus mp MinusPlus', 8724: 'plusdo dotplus',
    8728: 'compfn SmallCircle', 8730: 'Sqrt', 8733: 'propto Proportional vprop varpropto',
    8736: 'angle', 8739: 'mid VerticalBar smid shortmid', 8740: 'nmid NotVerticalBar',
    8741: 'par parallel DoubleVerticalBar spar shortparallel',
    8742: 'npar nparallel NotDoubleVerticalBar', 8743: 'wedge', 8744: 'vee', 8747: 'Integral',
    8748: 'Int', 8749: 'tint iiint', 8750: 'conint oint ContourIntegral',
    8756: 'therefore Therefore', 8757: 'becaus because Because', 8758: 'ratio',
    8759: 'Colon Proportion', 8764: 'Tilde thksim thicksim', 8773: 'TildeFullEqual',
    8776: 'ap approx TildeTilde thkap thickapprox', 8810: 'Lt ll NestedLessLess',
    8811: 'Gt gg NestedGreaterGreater', 8853: 'CirclePlus', 8854: 'ominus CircleMinus',
    8855: 'CircleTimes', 8856: 'osol', 8857: 'odot CircleDot', 8869: 'bottom bot UpTee',
    8868: 'top DownTee', 8968: 'LeftCeiling', 8969: 'RightCeiling', 8970: 'LeftFloor',
    8971: 'RightFloor', 8704: 'ForAll', 8706: 'PartialD', 8707: 'Exists',
    8708: 'nexist NotExists nexists', 8709: 'emptyset emptyv varnothing', 8711: 'Del',
    8902: 'Star', 8900: 'diam diamond Diamond', 8656: 'Leftarrow DoubleLeftArrow',
    8657: 'Uparrow DoubleUpArrow', 8658: 'Rightarrow Implies DoubleRightArrow',
    8659: 'Downarrow DoubleDownArrow', 8660: 'Leftrightarrow DoubleLeftRightArrow iff',
    8614: 'map mapsto RightTeeArrow', 8598: 'nwarr nwarrow UpperLeftArrow',
    8599: 'nearr nearrow UpperRightArrow', 8600: 'searr searrow LowerRightArrow',
    8601: 'swarr swarrow LowerLeftArrow', 8597: 'varr updownarrow UpDownArrow',
    8646: 'lrarr leftrightarrows LeftArrowRightArrow',
    8644: 'rlarr rightleftarrows RightArrowLeftArrow', 8636: 'lharu leftharpoonup LeftVector',
    8640: 'rharu rightharpoonup RightVector', 10230: 'xrarr longrightarrow LongRightArrow',
    10229: 'xlarr longleftarrow LongLeftArrow',
    10231: 'xharr longleftrightarrow LongLeftRightArrow',
    10233: 'xrArr Longrightarrow DoubleLongRightArrow',
    10232: 'xlArr Longleftarrow DoubleLongLeftArrow',
    10234: 'xhArr Longleftrightarrow DoubleLongLeftRightArrow', 8617: 'hookleftarrow larrhk',
    8618: 'hookrightarrow rarrhk', 8471: 'copysr', 8453: 'incare', 8470: 'numero',
    8463: 'planck hbar plankv hslash', 8467: 'ell', 8472: 'wp', 8465: 'Im imagpart Ifr',
    8476: 'Re realpart Rfr', 8501: 'aleph', 8502: 'beth', 8503: 'gimel', 8504: 'daleth',
    8487: 'mho', 197: 'angst', 8531: 'frac13', 8532: 'frac23', 8533: 'frac15', 8534: 'frac25',
    8535: 'frac35', 8536: 'frac45', 8537: 'frac16', 8538: 'frac56', 8539: 'frac18',
    8540: 'frac38', 8541: 'frac58', 8542: 'frac78', 9251: 'blank', 9633: 'squ square Square',
    9642: 'squf squarf blacksquare FilledVerySmallSquare', 9645: 'rect', 9646: 'marker',
    9653: 'utri triangle', 9652: 'utrif blacktriangle', 9663: 'dtri triangledown',
    9662: 'dtrif blacktriangledown', 9667: 'ltri triangleleft',
    9666: 'ltrif blacktriangleleft', 9657: 'rtri triangleright',
    9656: 'rtrif blacktriangleright', 9651: 'xutri bigtriangleup',
    9661: 'xdtri bigtriangledown', 9675: 'cir', 9711: 'xcirc bigcirc', 10038: 'sext',
    10016: 'malt maltese', 9617: 'blk14', 9618: 'blk12', 9619: 'blk34', 9608: 'block',
    9472: 'boxh HorizontalLine', 9474: 'boxv', 437: 'imped', 501: 'gacute', 567: 'jmath',
    305: 'imath inodot',
}

# Latin Extended-A from U+0100 in order ('-' where HTML has no name).
_LATIN_EXT_A = """Amacr amacr Abreve abreve Aogon aogon Cacute cacute Ccirc ccirc Cdot cdot
Ccaron ccaron Dcaron dcaron Dstrok dstrok Emacr emacr - - Edot edot Eogon eogon Ecaron
ecaron Gcirc gcirc Gbreve gbreve Gdot gdot Gcedil - Hcirc hcirc Hstrok hstrok Itilde
itilde Imacr imacr - - Iogon iogon Idot - IJlig ijlig Jcirc jcirc Kcedil kcedil kgreen
Lacute lacute Lcedil lcedil Lcaron lcaron Lmidot lmidot Lstrok lstrok Nacute nacute
Ncedil ncedil Ncaron ncaron napos ENG eng Omacr omacr - - Odblac odblac - - Racute
racute Rcedil rcedil Rcaron rcaron Sacute sacute Scirc scirc Scedil scedil - - Tcedil
tcedil Tcaron tcaron Tstrok tstrok Utilde utilde Umacr umacr Ubreve ubreve Uring uring
Udblac udblac Uogon uogon Wcirc wcirc Ycirc ycirc - Zacute zacute Zdot zdot Zcaron
zcaron""".split()

# Cyrillic: U+0410.. capitals (and their small letters 32 later), then
# U+0401.. (small letters at U+0451..).
_CYRILLIC = """Acy Bcy Vcy Gcy Dcy IEcy ZHcy Zcy Icy Jcy Kcy Lcy Mcy Ncy Ocy Pcy Rcy Scy
Tcy Ucy Fcy KHcy TScy CHcy SHcy SHCHcy HARDcy Ycy SOFTcy Ecy YUcy YAcy""".split()
_CYRILLIC_EXTRA = "IOcy DJcy GJcy Jukcy DScy Iukcy YIcy Jsercy LJcy NJcy TSHcy KJcy - Ubrcy DZcy".split()

# Mathematical Fraktur, double-struck and script letters: the alphabets
# in the U+1D400 block, except the letters Unicode had already encoded
# among the letterlike symbols.
_MATH_ALPHABETS = {
    'fr': (0x1D504, 0x1D51E, {'C': 0x212D, 'H': 0x210C, 'I': 0x2111, 'R': 0x211C, 'Z': 0x2128}),
    'opf': (0x1D538, 0x1D552, {'C': 0x2102, 'H': 0x210D, 'N': 0x2115, 'P': 0x2119,
                               'Q': 0x211A, 'R': 0x211D, 'Z': 0x2124}),
    'scr': (0x1D49C, 0x1D4B6, {'B': 0x212C, 'E': 0x2130, 'F': 0x2131, 'H': 0x210B, 'I': 0x2110,
                               'L': 0x2112, 'M': 0x2133, 'R': 0x211B, 'e': 0x212F, 'g': 0x210A,
                               'o': 0x2134}),
}

# Box drawing: the light lines, then U+2552.. the double-line mixtures.
_BOX = {9484: 'boxdr', 9488: 'boxdl', 9492: 'boxur', 9496: 'boxul', 9500: 'boxvr',
        9508: 'boxvl', 9516: 'boxhd', 9524: 'boxhu', 9532: 'boxvh', 9552: 'boxH',
        9553: 'boxV', 0x29C9: 'boxbox'}
_BOX_DOUBLE = """boxdR boxDr boxDR boxdL boxDl boxDL boxuR boxUr boxUR boxuL boxUl boxUL
boxvR boxVr boxVR boxvL boxVl boxVL boxHd boxhD boxHD boxHu boxhU boxHU boxvH boxVh
boxVH""".split()


def _more_html5():
    table = {}
    for cp, names in _HTML5_MORE.items():
        for name in names.split():
            table[name] = cp
    for i, name in enumerate(_LATIN_EXT_A):
        if name != '-':
            table[name] = 0x100 + i
    for i, name in enumerate(_CYRILLIC):
        table[name] = 0x410 + i
        table[name.lower()] = 0x430 + i
    for i, name in enumerate(_CYRILLIC_EXTRA):
        if name != '-':
            table[name] = 0x401 + i
            table[name.lower()] = 0x451 + i
    for suffix, (capitals, smalls, letterlike) in _MATH_ALPHABETS.items():
        for i, c in enumerate('ABCDEFGHIJKLMNOPQRSTUVWXYZ'):
            table[c + suffix] = letterlike.get(c, capitals + i)
            table[c.lower() + suffix] = letterlike.get(c.lower(), smalls + i)
    for cp, name in _BOX.items():
        table[name] = cp
    for i, name in enumerate(_BOX_DOUBLE):
        table[name] = 0x2552 + i
    return table


def _html5():
    table = {name + ';': chr(cp) for name, cp in name2codepoint.items()}
    for name, cp in _HTML5_ONLY.items():
        table[name + ';'] = chr(cp)
    for name, cp in _more_html5().items():
        table[name + ';'] = chr(cp)
    for name in _LEGACY:
        table[name] = table[name + ';']
    return {name: table[name] for name in sorted(table, key=lambda n: (n.lower(), n))}


html5 = _html5()
