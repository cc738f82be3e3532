"""HTML character entity references: the HTML 4.01 set (`name2codepoint`,
`codepoint2name`, `entitydefs`) in full, and `html5` as a subset of the
WHATWG table: every HTML 4 name with its ';', the legacy names that also
work without one, and a selection of common HTML5-only names (ASCII
punctuation, spaces, quotes, arrows, symbols). Multi-character and the
rarer mathematical HTML5 names are not included.
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


def _html5():
    table = {name + ';': chr(cp) for name, cp in name2codepoint.items()}
    for name, cp in _HTML5_ONLY.items():
        table[name + ';'] = chr(cp)
    for name in _LEGACY:
        table[name] = table[name + ';']
    return {name: table[name] for name in sorted(table, key=lambda n: (n.lower(), n))}


html5 = _html5()
