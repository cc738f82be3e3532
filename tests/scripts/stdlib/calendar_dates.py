# calendar's arithmetic: isleap, leapdays, weekday (outside 1..9999 too),
# monthrange, timegm, the name sequences, firstweekday handling, every
# Calendar iterator (including the edges of datetime's range) and the
# IllegalMonthError/IllegalWeekdayError messages.
import calendar
import datetime


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e, e.args)


print([y for y in range(1896, 1912) if calendar.isleap(y)], calendar.isleap(2000), calendar.isleap(2100))
for a, b in ((2000, 2000), (2000, 2001), (1900, 2000), (2000, 1900), (1, 10000), (-100, 100), (-401, -1)):
    print('leapdays', a, b, calendar.leapdays(a, b))
for ymd in ((2024, 2, 29), (1, 1, 1), (9999, 12, 31), (10000, 1, 1), (-5, 1, 1), (0, 3, 1), (1752, 9, 3)):
    print('weekday', ymd, calendar.weekday(*ymd))
for ym in ((2024, 2), (2023, 2), (1900, 2), (2000, 2), (0, 2), (10000, 2), (2021, 12), (1, 1)):
    print('monthrange', ym, calendar.monthrange(*ym))
show('monthrange 13', lambda: calendar.monthrange(2020, 13))
show('monthrange 0', lambda: calendar.monthrange(2020, 0))
show('monthrange str', lambda: calendar.monthrange(2020, '1'))
show('weekday month', lambda: calendar.weekday(2020, 13, 1))
show('weekday day', lambda: calendar.weekday(2020, 2, 30))

print('-- exceptions')
e = calendar.IllegalMonthError(13)
print(repr(e), e.args, e.month, str(e), isinstance(e, ValueError), calendar.error is ValueError)
e = calendar.IllegalWeekdayError('x')
print(repr(e), e.args, e.weekday, str(e))
print([c.__name__ for c in calendar.IllegalWeekdayError.__mro__])
try:
    calendar.monthcalendar(2020, 14)
except calendar.error as e:
    print('caught', type(e).__name__, e)

print('-- constants and names')
print(calendar.MONDAY, calendar.SUNDAY, calendar.January, calendar.February, calendar.EPOCH, calendar.mdays)
print(len(calendar.month_name), list(calendar.month_name), calendar.month_name[-1])
print(calendar.month_name[1:3], calendar.month_abbr[::4], list(calendar.month_abbr))
print(list(calendar.day_name), list(calendar.day_abbr), calendar.day_name[-1], len(calendar.day_abbr))
print(calendar.day_abbr[5:], type(calendar.month_name).__name__, type(calendar.day_abbr).__name__)
show('month_name[13]', lambda: calendar.month_name[13])
show('day_name[7]', lambda: calendar.day_name[7])
print(sorted(calendar.__all__))

print('-- firstweekday')
print(calendar.firstweekday(), calendar.weekheader(2))
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.weekheader(2), calendar.monthcalendar(2024, 9)[0])
calendar.setfirstweekday(0)
show('setfirstweekday 7', lambda: calendar.setfirstweekday(7))
show('setfirstweekday -1', lambda: calendar.setfirstweekday(-1))
show('setfirstweekday str', lambda: calendar.setfirstweekday('1'))
for fw in (7, -1, 10, 3):
    c = calendar.Calendar(fw)
    print(fw, c.firstweekday, c.getfirstweekday(), list(c.iterweekdays()))
c = calendar.Calendar()
c.setfirstweekday(9)
print(c.firstweekday)
c.firstweekday = 4
print(c.getfirstweekday())
show('Calendar(str)', lambda: calendar.Calendar('x').firstweekday)

print('-- iterators')
c = calendar.Calendar(2)
print(list(c.itermonthdays(2024, 2)))
print(list(c.itermonthdays2(2024, 2))[:9])
print(list(c.itermonthdays3(2024, 2))[:3], list(c.itermonthdays3(2024, 2))[-3:])
print(list(c.itermonthdays4(2024, 12))[-4:])
print(list(c.itermonthdates(2024, 3))[:2], len(list(c.itermonthdates(2024, 3))))
print(c.monthdayscalendar(2021, 2))
print(calendar.Calendar().monthdayscalendar(2021, 2))
print(c.monthdays2calendar(2023, 1)[0])
print(c.monthdatescalendar(2023, 1)[-1])
print([len(list(calendar.Calendar(fw).itermonthdays(2015, 2))) for fw in range(7)])
show('first month of year 1', lambda: len(list(calendar.Calendar().itermonthdates(1, 1))))
show('before year 1', lambda: list(calendar.Calendar(6).itermonthdates(1, 1)))
show('after 9999', lambda: list(calendar.Calendar().itermonthdates(9999, 12)))
show('days3 edges', lambda: (list(calendar.Calendar(6).itermonthdays3(1, 1))[:2],
                             list(calendar.Calendar().itermonthdays3(9999, 12))[-2:]))
show('days4 edge', lambda: list(calendar.Calendar().itermonthdays4(9999, 12))[-3:])
show('days edge', lambda: list(calendar.Calendar().itermonthdays(9999, 12))[-3:])
show('iter bad month', lambda: list(c.itermonthdays(2020, 0)))

print('-- year layouts')
yc = calendar.Calendar()
print([len(r) for r in yc.yeardayscalendar(2020)], [len(r) for r in yc.yeardayscalendar(2020, 5)])
print([len(r) for r in yc.yeardayscalendar(2020, 12)], [len(r) for r in yc.yeardayscalendar(2020, 13)])
print(yc.yeardayscalendar(2020, -1))
print(yc.yeardays2calendar(2020, 4)[2][3][-1])
print(yc.yeardatescalendar(2020, 6)[1][5][-1][-1])
show('width 0', lambda: yc.yeardatescalendar(2020, 0))
weeks = sum(len(m) for row in yc.yeardayscalendar(2026) for m in row)
print('weeks in 2026 months', weeks)

print('-- timegm')
for tup in ((1970, 1, 1, 0, 0, 0), (2020, 2, 29, 12, 30, 15), (1969, 12, 31, 23, 59, 59.5, 0, 0, 0),
            (2020, 1, 40, 0, 0, 0), (2020, 1, 1, 25, 61, 0), (1, 1, 1, 0, 0, 0), (2038, 1, 19, 3, 14, 8)):
    print(tup, calendar.timegm(tup))
show('timegm month', lambda: calendar.timegm((2020, 14, 1, 0, 0, 0)))
show('timegm short', lambda: calendar.timegm((2020, 1)))
d = datetime.datetime(2009, 2, 13, 23, 31, 30)
print(calendar.timegm((d.year, d.month, d.day, d.hour, d.minute, d.second)))
