# textwrap: TextWrapper options, hyphen and em-dash breaking, long words,
# max_lines/placeholder, dedent/indent edge cases, and the errors
import textwrap
from textwrap import TextWrapper

text = ("Python's text-wrapping module handles well-known hyphenated-words, "
        "em-dashes--like this--and verylongwordsthatdonotfitanywhere at all. "
        "It also\tdeals with tabs and\nnewlines.  Sentences end.  Right?")
for width in (10, 18, 25, 40):
    print(width, textwrap.wrap(text, width))
print(textwrap.wrap(text, 20, break_on_hyphens=False))
print(textwrap.wrap(text, 12, break_long_words=False))
print(textwrap.wrap("a-b-c-d-e-f-g-h-i-j", 5))
print(textwrap.wrap("---- dashes ----", 5))
print(textwrap.wrap("The end. Of it! Yes? ok", 80, fix_sentence_endings=True))
print(textwrap.wrap("   leading and trailing   ", 10))
print(textwrap.wrap("   leading and trailing   ", 10, drop_whitespace=False))
print(textwrap.wrap("tab\there", 30, expand_tabs=False, replace_whitespace=False))
print(textwrap.wrap("tab\there", 30, tabsize=4))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10))
print(textwrap.fill(text, 30, initial_indent="* ", subsequent_indent="  "))
w = TextWrapper(width=28, max_lines=3, placeholder=" ...")
print(w.wrap(text))
print(TextWrapper(width=28, max_lines=1).fill(text))
print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten("Hello world", width=10, placeholder="..."))
print(repr(textwrap.shorten("  lots   of    space  ", 40)))
try:
    textwrap.wrap("abc", 0)
except ValueError as e:
    print("ValueError:", e)
try:
    textwrap.shorten("hello world", 4)
except ValueError as e:
    print("ValueError:", e)

print(repr(textwrap.dedent("""\
    def f():
        return 1

    x = 2
""")))
print(repr(textwrap.dedent("  a\n\tb\n")))
print(repr(textwrap.dedent("    a\n  \n      b\n")))
print(repr(textwrap.dedent("no indent\n  some")))
print(repr(textwrap.dedent("")))
print(repr(textwrap.indent("one\n\ntwo\n  \nthree", "> ")))
print(repr(textwrap.indent("one\ntwo\n", "+", lambda line: True)))
print(repr(textwrap.indent("a\r\nb\r\n", "  ")))
