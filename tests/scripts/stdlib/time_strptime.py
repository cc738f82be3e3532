# time.strptime and datetime.strptime: directives, defaults, week and ISO
# week dates, offsets, and CPython's error messages.
import time
from datetime import datetime


def show(label, f):
    try:
        r = f()
        print(label, repr(r), getattr(r, "tm_zone", "-"), getattr(r, "tm_gmtoff", "-"))
    except Exception as e:
        print(label, type(e).__name__, e)


cases = [
    ("2024-03-05", "%Y-%m-%d"), ("2024", "%Y"), ("", ""), ("x", ""), ("", "x"),
    ("24", "%y"), ("69", "%y"), ("68", "%y"), ("1", "%y"), ("100", "%y"),
    ("Feb 29", "%b %d"), ("1900 Feb 29", "%Y %b %d"), ("2024-02-30", "%Y-%m-%d"),
    ("2023-02-29", "%Y-%m-%d"), ("31 2", "%d %m"), ("0000", "%Y"), ("0001", "%Y"),
    ("12:30:45", "%H:%M:%S"), ("00", "%H"), ("24", "%H"), ("61", "%S"), ("62", "%S"),
    ("3 PM", "%I %p"), ("12 am", "%I %p"), ("12 PM", "%I %p"), ("12", "%I"), ("13", "%I"),
    ("0", "%I"), ("1 am", "%I %p"), ("pm 1", "%p %I"), ("11 PM", "%H %p"), ("AM", "%p"),
    ("Tuesday March 5 2024", "%A %B %d %Y"), ("tue mar 5 2024", "%a %b %d %Y"),
    ("MAY", "%B"), ("may", "%b"), ("Mon", "%A"), ("Monday", "%a"), ("Sept", "%b"),
    ("2024 65", "%Y %j"), ("2024 366", "%Y %j"), ("2023 366", "%Y %j"),
    ("2024 000", "%Y %j"), ("001", "%j"), ("9999 366", "%Y %j"),
    ("2024 10 1", "%Y %U %w"), ("2024 10 1", "%Y %W %w"), ("2024 10 Mon", "%Y %W %a"),
    ("2024 0 0", "%Y %U %w"), ("2024 10", "%Y %W"), ("2024 10 Sun", "%Y %U %a"),
    ("1 2", "%U %w"), ("2 1", "%W %w"), ("0001 0 1", "%Y %U %w"), ("9999 53 6", "%Y %W %w"),
    ("2024-03-05 1", "%Y-%m-%d %w"), ("2024-03-05 Sun", "%Y-%m-%d %a"), ("Tue 2024", "%a %Y"),
    ("10", "%w"), ("7", "%u"), ("0", "%u"),
    ("2024 10 1", "%G %V %u"), ("2024-W10-1", "%G-W%V-%u"), ("2024 53 7", "%G %V %u"),
    ("2020 53 7", "%G %V %u"), ("2026 53 1", "%G %V %u"), ("2024 0 1", "%G %V %u"),
    ("0001 1 1", "%G %V %u"), ("9999 52 7", "%G %V %u"),
    ("2024 10", "%G %V"), ("2024 1", "%G %u"), ("2024 10 1", "%Y %V %u"), ("10 1", "%V %u"),
    ("2024 10", "%Y %V"), ("10", "%V"), ("2024 10 1 5", "%G %V %u %j"),
    ("5 10 1", "%W %V %u"), ("5 10", "%W %V"), ("2024 5 10", "%Y %W %V"),
    ("5 10 1", "%U %V %w"), ("2024 10 1 5", "%Y %V %u %j"), ("2024 10 5", "%Y %V %j"),
    ("10 5", "%V %j"), ("10 1 5", "%V %u %j"), ("2024 2024 10 1", "%Y %G %V %u"),
    ("2024 2024", "%Y %G"), ("2024 2024 5", "%Y %G %j"), ("2024 5", "%G %j"),
    ("2024 10 5", "%G %V %j"), ("2024 1 5", "%G %u %j"), ("2024 10 1 3", "%G %V %u %W"),
    ("2024 10 3", "%G %V %W"), ("2024 3 1", "%G %W %u"), ("2024 2024 1", "%Y %G %u"),
    ("04/21/24%2024,00", "%x%%%G,%S"), ("1606/20/00172T", "%W%x%V%wT"),
    ("+0530", "%z"), ("-05:30", "%z"), ("Z", "%z"), ("z", "%z"), ("+053015", "%z"),
    ("+05:30:15.5", "%z"), ("+12:34:56.789", "%z"), ("+123456.7", "%z"), ("-0000", "%z"),
    ("+2400", "%z"), ("+0060", "%z"), ("+99", "%z"), ("+05:3015", "%z"), ("+0530:15", "%z"),
    ("UTC", "%Z"), ("GMT", "%Z"), ("utc", "%Z"), ("UtC", "%Z"), ("GMT+1", "%Z"),
    ("+05:30 UTC", "%z %Z"),
    ("1.5", "%S.%f"), ("1.1234567", "%S.%f"), ("123456", "%f"),
    ("%", "%%"), ("1", "%%d"), ("a", "%"), ("a", "a%"), ("a", "%Q"), ("x", "%."),
    ("x", "% d"), ("x", "%("), ("5", "%e"), ("x", "%s"), ("2024-03-05", "%F"),
    ("2024 2024", "%Y %Y"), ("1 2", "%d %d"), ("2024-03-05 extra", "%Y-%m-%d"),
    ("Tue Mar  5 14:07:09 2024", "%c"), ("03/05/24", "%x"), ("3/5/99", "%x"),
    ("14:07:09", "%X"), ("  2024", "%Y"), ("2024  03", "%Y %m"), ("2024\t03", "%Y %m"),
    ("202403", "%Y %m"), ("1\n2", "%d\t%m"), (" 1", " %d"), ("1", " %d"), ("1 ", "%d "),
    (" 5", "%d"), ("12345", "%Y"), ("999", "%Y"), ("-1", "%Y"), ("abc", "ABC"),
    ("éa", "Éa"), ("a.b", "a.b"), ("a(b", "a(b"), ("[x]", "[x]"), ("a)1", "a)%d"),
    ("\\1", "\\%d"), ("a^1", "a^%d"), ("２０２４", "%Y"), ("٣", "%d"),
    ("2024-03-05T10:00", "%Y-%m-%dT%H:%M"),
]
for s, f in cases:
    show((s, f), lambda: time.strptime(s, f))
show("default format", lambda: time.strptime("Tue Mar  5 14:07:09 2024"))
show("default mismatch", lambda: time.strptime("5"))
show("int string", lambda: time.strptime(5, "%Y"))
show("int format", lambda: time.strptime("5", 5))
show("bytes", lambda: time.strptime(b"5", "%Y"))
show("no args", lambda: time.strptime())
show("3 args", lambda: time.strptime("1", "%d", 1))
show("keywords", lambda: time.strptime(string="1", format="%d"))

# A parsed struct_time formats back, and strptime reads strftime's output.
st = time.strptime("2024-03-05 14:07:09 +0130", "%Y-%m-%d %H:%M:%S %z")
print(st, st.tm_gmtoff, repr(time.strftime("%Y-%m-%d %H:%M:%S|%z|%Z", st)))
for t in [(2024, 3, 5, 14, 7, 9, 1, 65, 0), (1999, 12, 31, 23, 59, 59, 4, 365, 0)]:
    text = time.strftime("%a %d %b %Y %I:%M:%S %p %j %U %W", t)
    back = time.strptime(text, "%a %d %b %Y %I:%M:%S %p %j %U %W")
    print(text, back[:8] == t[:8])

for s, f in [("2024", "%Y"), ("+0530", "%z"), ("UTC", "%Z"), ("+0530 UTC", "%z %Z"),
             ("Feb 29", "%b %d"), ("12:30:15.25", "%H:%M:%S.%f"), ("61", "%S"),
             ("-12:34:56.789", "%z"), ("5", "%e"), ("2024 10 1", "%G %V %u"),
             ("Tue Mar  5 14:07:09 2024", "%c"), ("+2400", "%z")]:
    show(("datetime", s, f), lambda: datetime.strptime(s, f))
    show(("tzinfo", s, f), lambda: datetime.strptime(s, f).tzinfo)
show("datetime int", lambda: datetime.strptime(5, "%Y"))
show("datetime int format", lambda: datetime.strptime("5", 5))
show("datetime keywords", lambda: datetime.strptime(date_string="5", format="%d"))
show("datetime one arg", lambda: datetime.strptime("5"))
