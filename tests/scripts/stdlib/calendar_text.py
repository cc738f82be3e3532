# calendar's text output: TextCalendar.formatmonth/formatyear with every
# first weekday and the w/l/c/m spacing options, prmonth/prcal, the module
# functions over the shared calendar, and HTMLCalendar's tables and page.
import calendar


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


for fw in range(7):
    tc = calendar.TextCalendar(fw)
    print(tc.formatmonth(2024, 2), end='')
    print('--')
tc = calendar.TextCalendar()
print(tc.formatmonth(2021, 2, w=4, l=2), end='')
print(tc.formatmonth(1, 1, 9), end='')
print(tc.formatmonth(9999, 12, 1, 0), end='')
print(tc.formatmonth(2023, 10, w=10), end='')
print(repr(tc.formatmonth(2026, 5)))
print(tc.formatyear(2024), end='')
print(calendar.TextCalendar(6).formatyear(1900, 3, 1, 2, 4), end='')
print(tc.formatyear(2000, w=2, l=2, c=1, m=6), end='')
print(repr(tc.formatyear(2021, m=5)[-200:]))
print(repr(tc.formatyear(2021, w=9, m=2)[:300]))
print(repr(tc.formatyear(2021, m=12)[:200]))
print(repr(tc.formatyear(-1, m=1)[:40]))
tc.prmonth(2020, 3)
tc.prweek([(0, 0), (1, 1), (2, 2)], 3)
print('|')
calendar.TextCalendar(3).pryear(2023, 2, 1, 3, 2)
calendar.prmonth(1999, 12)
calendar.prmonth(1999, 12, 3, 1)
calendar.prcal(2019, m=4)
print(calendar.month(2038, 1), end='')
print(calendar.calendar(1970, 2, 1, 6, 3)[:500])
print(repr(calendar.week([(0, 0), (12, 1), (2, 2)], 3)))
print(repr(calendar.weekheader(1)), repr(calendar.weekheader(3)), repr(calendar.weekheader(10)))
calendar.prweek([(1, 0), (2, 1)], 2)
print('|')
calendar.format(['a', 'bb'], 5, 2)
calendar.format(['x', 'y', 'z'])
print(repr(calendar.formatstring(['a', 'bb'], 5, 2)), repr(calendar.formatstring(['a', 'bb'])))

print('-- pieces')
for width in (0, 1, 2, 3, 8, 9, 12):
    print(width, repr(tc.formatweekday(0, width)), repr(tc.formatweekday(2, width)),
          repr(tc.formatweekheader(width)))
print(repr(tc.formatmonthname(2020, 5, 30)), repr(tc.formatmonthname(2020, 5, 30, False)),
      repr(tc.formatmonthname(2020, 5, 3)), repr(tc.formatmonthname(-44, 3, 12)))
print(repr(tc.formatday(5, 0, 1)), repr(tc.formatday(0, 0, 3)), repr(tc.formatday(31, 6, 6)))
print(repr(tc.formatweek([(0, 0), (1, 1), (2, 2)], 3)))

print('-- errors')
show('month 13', lambda: calendar.month(2020, 13))
show('month 0', lambda: calendar.month(2020, 0))
show('formatyear m=0', lambda: tc.formatyear(2020, m=0))
show('after 9999', lambda: tc.formatmonth(10000, 1))
show('before 1', lambda: calendar.TextCalendar(6).formatmonth(0, 12))

print('-- html')
h = calendar.HTMLCalendar(6)
print(h.formatmonth(2020, 2))
print(h.formatmonth(2020, 2, withyear=False))
print(calendar.HTMLCalendar().formatyear(2021, 5))
print(h.formatyearpage(2020, 4, css='x.css', encoding='ascii').decode('ascii')[:900])
page = h.formatyearpage(2020, css=None)
print(type(page).__name__, page[:300], page[-40:])
print(h.cssclasses, h.cssclass_noday, h.cssclasses_weekday_head, h.cssclass_month_head,
      h.cssclass_month, h.cssclass_year, h.cssclass_year_head)
print(h.formatday(0, 3), h.formatday(5, 3), h.formatweekday(2))
print(h.formatweekheader())
print(calendar.HTMLCalendar().formatweek([(0, 0), (1, 1)]))
print(h.formatmonthname(2020, 3), h.formatmonthname(2020, 3, False))


class Marked(calendar.HTMLCalendar):
    cssclasses = ['weekday'] * 5 + ['weekend'] * 2
    cssclass_noday = 'empty'

    def formatday(self, day, weekday):
        if day == 13:
            return '<td class="lucky">13</td>'
        return super().formatday(day, weekday)


print(Marked().formatmonth(2026, 3))
print(calendar.LocaleTextCalendar(0).formatmonth(2022, 7) == calendar.TextCalendar(0).formatmonth(2022, 7))
print(calendar.LocaleHTMLCalendar(6).formatmonth(2022, 7) == calendar.HTMLCalendar(6).formatmonth(2022, 7))
print([c.__name__ for c in calendar.LocaleHTMLCalendar.__mro__], calendar.HTMLCalendar.__module__)
