"""calendar.HTMLCalendar: months and years as HTML tables."""

from calendar import Calendar, month_name, day_abbr

_TABLE = '<table border="0" cellpadding="0" cellspacing="0" class="%s">'


class HTMLCalendar(Calendar):
    """Calendars as HTML tables; the CSS class attributes name the cells."""

    __module__ = 'calendar'

    cssclasses = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    cssclasses_weekday_head = cssclasses
    cssclass_noday = "noday"
    cssclass_month_head = "month"
    cssclass_month = "month"
    cssclass_year_head = "year"
    cssclass_year = "year"

    def formatday(self, day, weekday):
        if day == 0:
            return '<td class="%s">&nbsp;</td>' % self.cssclass_noday
        return '<td class="%s">%d</td>' % (self.cssclasses[weekday], day)

    def formatweek(self, theweek):
        return '<tr>%s</tr>' % ''.join([self.formatday(d, wd) for d, wd in theweek])

    def formatweekday(self, day):
        return '<th class="%s">%s</th>' % (self.cssclasses_weekday_head[day], day_abbr[day])

    def formatweekheader(self):
        return '<tr>%s</tr>' % ''.join([self.formatweekday(i) for i in self.iterweekdays()])

    def formatmonthname(self, theyear, themonth, withyear=True):
        name = month_name[themonth]
        if withyear:
            name = '%s %s' % (name, theyear)
        return '<tr><th colspan="7" class="%s">%s</th></tr>' % (self.cssclass_month_head, name)

    def formatmonth(self, theyear, themonth, withyear=True):
        rows = [_TABLE % self.cssclass_month,
                self.formatmonthname(theyear, themonth, withyear=withyear),
                self.formatweekheader()]
        rows += [self.formatweek(w) for w in self.monthdays2calendar(theyear, themonth)]
        rows.append('</table>')
        return '\n'.join(rows) + '\n'

    def formatyear(self, theyear, width=3):
        out = [_TABLE % self.cssclass_year, '\n',
               '<tr><th colspan="%d" class="%s">%s</th></tr>'
               % (width, self.cssclass_year_head, theyear)]
        for first in range(1, 13, width):
            out.append('<tr>')
            for m in range(first, min(first + width, 13)):
                out += ['<td>', self.formatmonth(theyear, m, withyear=False), '</td>']
            out.append('</tr>')
        out.append('</table>')
        return ''.join(out)

    def formatyearpage(self, theyear, width=3, css='calendar.css', encoding=None):
        """A whole XHTML page for the year, encoded to bytes."""
        if encoding is None:
            encoding = 'utf-8'
        parts = ['<?xml version="1.0" encoding="%s"?>\n' % encoding,
                 '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
                 '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n',
                 '<html>\n<head>\n',
                 '<meta http-equiv="Content-Type" content="text/html; charset=%s" />\n' % encoding]
        if css is not None:
            parts.append('<link rel="stylesheet" type="text/css" href="%s" />\n' % css)
        parts += ['<title>Calendar for %d</title>\n' % theyear,
                  '</head>\n<body>\n', self.formatyear(theyear, width),
                  '</body>\n</html>\n']
        return ''.join(parts).encode(encoding, 'xmlcharrefreplace')


class LocaleHTMLCalendar(HTMLCalendar):
    """An HTMLCalendar for a locale; Krait has only the C locale's names."""

    __module__ = 'calendar'

    def __init__(self, firstweekday=0, locale=None):
        HTMLCalendar.__init__(self, firstweekday)
        self.locale = locale
