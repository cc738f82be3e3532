//! `strftime` as glibc formats in the C locale, which is what CPython's
//! `time.strftime` hands its work to on Linux: the same directives, flags
//! (`_ - 0 ^ #`), field widths, `E`/`O` modifiers, and the same echo of a
//! directive it does not know. Fields are taken as given (`%a` reads
//! `wday`, `%j` reads `yday`), never recomputed from the date.

/// A broken-down time in C's `struct tm` conventions.
#[derive(Clone, Debug, Default)]
pub struct Tm {
    /// Years since 1900.
    pub year: i32,
    /// 0-11.
    pub mon: i32,
    pub mday: i32,
    pub hour: i32,
    pub min: i32,
    pub sec: i32,
    /// 0 is Sunday.
    pub wday: i32,
    /// 0-365.
    pub yday: i32,
    pub isdst: i32,
    pub gmtoff: i64,
    pub zone: Option<String>,
}

/// What formatting needs from the local clock besides the fields.
pub trait Zone {
    /// `mktime` of the fields as local time, -1 when it fails (for `%s`).
    fn mktime(&self, tm: &Tm) -> i64;
    /// The C library's `tzname[dst]`, for `%Z` when the fields name no zone.
    fn tzname(&self, dst: bool) -> String;
}

/// The result would pass the size limit (glibc then returns 0).
#[derive(Debug)]
pub struct Overflow;

type Fmt<T> = Result<T, Overflow>;

pub(super) const DAYS: [&str; 7] = [
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
];
pub(super) const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Conversions glibc rejects after an `E` / an `O` modifier (measured).
const BAD_AFTER_E: &str = "abdeghjklmwABDFGHIMSUVW";
const BAD_AFTER_O: &str = "acxADFXY";

/// Formats `tm` by `fmt`; at most `limit` characters of output.
pub fn strftime(fmt: &[char], tm: &Tm, zone: &dyn Zone, limit: usize) -> Fmt<String> {
    let mut f = Formatter {
        tm,
        zone,
        out: String::new(),
        len: 0,
        limit,
    };
    f.run(fmt)?;
    Ok(f.out)
}

/// One directive's flags, width and modifier.
#[derive(Clone, Copy)]
struct Spec {
    /// `_`, `-` or `0`, the last one given.
    pad: Option<char>,
    upper: bool,
    /// `#`: names upper-cased, `%p`/`%Z` lower-cased.
    swap: bool,
    /// -1 when none is given.
    width: i64,
    modifier: Option<char>,
}

struct Formatter<'a> {
    tm: &'a Tm,
    zone: &'a dyn Zone,
    out: String,
    /// Characters in `out`.
    len: usize,
    limit: usize,
}

impl Formatter<'_> {
    fn reserve(&mut self, n: usize) -> Fmt<()> {
        if n > self.limit - self.len {
            return Err(Overflow);
        }
        self.len += n;
        Ok(())
    }

    fn fill(&mut self, c: char, n: usize) -> Fmt<()> {
        self.reserve(n)?;
        self.out.extend(std::iter::repeat_n(c, n));
        Ok(())
    }

    /// `text` right-aligned in `width`, padded with zeros for the `0` flag
    /// and spaces otherwise.
    fn add(&mut self, text: &str, width: i64, pad: Option<char>) -> Fmt<()> {
        let n = text.chars().count();
        if width > n as i64 {
            let fill = if pad == Some('0') { '0' } else { ' ' };
            let extra = usize::try_from(width - n as i64).map_err(|_| Overflow)?;
            self.fill(fill, extra)?;
        }
        self.reserve(n)?;
        self.out.push_str(text);
        Ok(())
    }

    /// `add` after the case change the flags ask for (lower wins).
    fn copy(&mut self, text: &str, s: &Spec, lower: bool, upper: bool) -> Fmt<()> {
        if lower {
            self.add(&text.to_lowercase(), s.width, s.pad)
        } else if upper {
            self.add(&text.to_uppercase(), s.width, s.pad)
        } else {
            self.add(text, s.width, s.pad)
        }
    }

    fn run(&mut self, fmt: &[char]) -> Fmt<()> {
        let mut i = 0;
        while i < fmt.len() {
            if fmt[i] != '%' {
                self.reserve(1)?;
                self.out.push(fmt[i]);
                i += 1;
                continue;
            }
            let start = i;
            i += 1;
            let mut s = Spec {
                pad: None,
                upper: false,
                swap: false,
                width: -1,
                modifier: None,
            };
            while let Some(&c) = fmt.get(i) {
                match c {
                    '_' | '-' | '0' => s.pad = Some(c),
                    '^' => s.upper = true,
                    '#' => s.swap = true,
                    _ => break,
                }
                i += 1;
            }
            if fmt.get(i).is_some_and(|c| c.is_ascii_digit()) {
                s.width = 0;
                while let Some(d) = fmt.get(i).and_then(|c| c.to_digit(10)) {
                    s.width = (s.width * 10 + d as i64).min(i32::MAX as i64);
                    i += 1;
                }
            }
            if let Some(&c @ ('E' | 'O')) = fmt.get(i) {
                s.modifier = Some(c);
                i += 1;
            }
            let Some(&c) = fmt.get(i) else {
                // A directive cut short by the end of the format is echoed.
                let text: String = fmt[start..].iter().collect();
                return self.copy(&text, &s, false, s.upper);
            };
            i += 1;
            let rejected = match s.modifier {
                Some('E') => BAD_AFTER_E.contains(c),
                Some(_) => BAD_AFTER_O.contains(c),
                None => false,
            };
            if rejected || !self.directive(c, &s)? {
                // `#` upper-cases month names before their modifier check.
                let upper = s.upper || (s.swap && "bhB".contains(c));
                let text: String = fmt[start..i].iter().collect();
                self.copy(&text, &s, false, upper)?;
            }
        }
        Ok(())
    }

    /// Expands one conversion; false for one glibc does not know.
    fn directive(&mut self, c: char, s: &Spec) -> Fmt<bool> {
        let tm = self.tm;
        let year = tm.year as i64 + 1900;
        let hour12 = match tm.hour {
            0 => 12,
            h if h > 12 => h - 12,
            h => h,
        };
        match c {
            '%' => self.add("%", s.width, s.pad)?,
            'n' => self.add("\n", s.width, s.pad)?,
            't' => self.add("\t", s.width, s.pad)?,
            'a' => self.copy(&day_name(tm.wday)[..3], s, false, s.upper || s.swap)?,
            'A' => self.copy(day_name(tm.wday), s, false, s.upper || s.swap)?,
            'b' | 'h' => self.copy(&month_name(tm.mon)[..3], s, false, s.upper || s.swap)?,
            'B' => self.copy(month_name(tm.mon), s, false, s.upper || s.swap)?,
            'p' => self.copy(am_pm(tm.hour), s, s.swap, s.upper)?,
            'P' => self.copy(am_pm(tm.hour), s, true, s.upper)?,
            'c' => self.composite("%a %b %e %H:%M:%S %Y", s)?,
            'D' | 'x' => self.composite("%m/%d/%y", s)?,
            'F' => self.composite("%Y-%m-%d", s)?,
            'r' => self.composite("%I:%M:%S %p", s)?,
            'R' => self.composite("%H:%M", s)?,
            'T' | 'X' => self.composite("%H:%M:%S", s)?,
            'C' => self.number(s, 1, year.div_euclid(100), false)?,
            'y' => self.number(s, 2, year.rem_euclid(100), false)?,
            'Y' => self.number(s, 1, year, false)?,
            'd' => self.number(s, 2, tm.mday as i64, false)?,
            'e' => self.number(s, 2, tm.mday as i64, true)?,
            'H' => self.number(s, 2, tm.hour as i64, false)?,
            'k' => self.number(s, 2, tm.hour as i64, true)?,
            'I' => self.number(s, 2, hour12 as i64, false)?,
            'l' => self.number(s, 2, hour12 as i64, true)?,
            'j' => self.number(s, 3, tm.yday as i64 + 1, false)?,
            'm' => self.number(s, 2, tm.mon as i64 + 1, false)?,
            'M' => self.number(s, 2, tm.min as i64, false)?,
            'S' => self.number(s, 2, tm.sec as i64, false)?,
            'w' => self.number(s, 1, tm.wday as i64, false)?,
            'u' => self.number(s, 1, ((tm.wday + 6) % 7 + 1) as i64, false)?,
            'U' => self.number(s, 2, ((tm.yday - tm.wday + 7) / 7) as i64, false)?,
            'W' => {
                let monday_based = (tm.wday + 6) % 7;
                self.number(s, 2, ((tm.yday - monday_based + 7) / 7) as i64, false)?
            }
            'G' | 'g' | 'V' => {
                let (iso_year, week) = iso_week(year, tm.yday, tm.wday);
                match c {
                    'G' => self.number(s, 1, iso_year, false)?,
                    'g' => self.number(s, 2, iso_year.rem_euclid(100), false)?,
                    _ => self.number(s, 2, week, false)?,
                }
            }
            's' => {
                let t = self.zone.mktime(tm);
                self.add(&t.to_string(), s.width, s.pad)?;
            }
            'z' => self.offset(s)?,
            'Z' => {
                let mut name = tm.zone.clone().unwrap_or_default();
                if name.is_empty() && tm.isdst >= 0 {
                    name = self.zone.tzname(tm.isdst != 0);
                }
                self.copy(&name, s, s.swap, s.upper)?;
            }
            _ => return Ok(false),
        }
        Ok(true)
    }

    /// A directive that stands for a format of its own: formatted alone,
    /// then padded to the width, then upper-cased for `^`.
    fn composite(&mut self, sub: &str, s: &Spec) -> Fmt<()> {
        let fmt: Vec<char> = sub.chars().collect();
        let mut inner = Formatter {
            tm: self.tm,
            zone: self.zone,
            out: String::new(),
            len: 0,
            limit: self.limit - self.len,
        };
        inner.run(&fmt)?;
        let text = if s.upper {
            inner.out.to_uppercase()
        } else {
            inner.out
        };
        self.add(&text, s.width, s.pad)
    }

    /// A number of at least `digits` digits (more with a width), padded
    /// with zeros, or with spaces for `_` (the default when `space`); `-`
    /// drops the padding up to the digits but keeps a width's.
    fn number(&mut self, s: &Spec, digits: i64, value: i64, space: bool) -> Fmt<()> {
        let mut pad = s.pad;
        if space && pad != Some('0') && pad != Some('-') {
            pad = Some('_');
        }
        let digits = digits.max(s.width);
        let magnitude = value.unsigned_abs().to_string();
        let negative = value < 0;
        let mut text = if negative {
            format!("-{}", magnitude)
        } else {
            magnitude.clone()
        };
        let mut width = s.width;
        if pad != Some('-') {
            let padding = digits - text.len() as i64;
            if padding > 0 {
                let padding_n = padding as usize;
                if pad == Some('_') {
                    self.fill(' ', padding_n)?;
                    width = if width > padding { width - padding } else { 0 };
                } else {
                    if negative {
                        self.fill('-', 1)?;
                        text = magnitude;
                    }
                    self.fill('0', padding_n)?;
                    width = 0;
                }
            }
        }
        self.add(&text, width, pad)
    }

    /// `%z`: nothing when DST is unknown, else the sign (which takes the
    /// width's padding) and hhmm of the offset, cut to whole minutes.
    fn offset(&mut self, s: &Spec) -> Fmt<()> {
        if self.tm.isdst < 0 {
            return Ok(());
        }
        // glibc holds the offset in an int.
        let mut diff = self.tm.gmtoff as i32;
        if diff < 0 {
            self.add("-", s.width, s.pad)?;
            diff = diff.wrapping_neg();
        } else {
            self.add("+", s.width, s.pad)?;
        }
        let minutes = diff / 60;
        let hhmm = (minutes / 60) * 100 + minutes % 60;
        self.number(s, 4, hhmm as i64, false)
    }
}

fn day_name(wday: i32) -> &'static str {
    DAYS.get(wday as usize).copied().unwrap_or("?")
}

fn month_name(mon: i32) -> &'static str {
    MONTHS.get(mon as usize).copied().unwrap_or("?")
}

fn am_pm(hour: i32) -> &'static str {
    if hour > 11 {
        "PM"
    } else {
        "AM"
    }
}

fn is_leap(year: i64) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

/// Days from the Monday that starts ISO week 1 to day `yday` of the year
/// whose day `yday` falls on `wday` (negative before that Monday).
fn days_into_iso_year(yday: i64, wday: i64) -> i64 {
    // Thursday decides which year a week belongs to; 378 keeps the
    // remainder's operand non-negative for any yday down to -366.
    let weekday_from_monday = (yday - wday + 4 + 378) % 7;
    yday - weekday_from_monday + 3
}

/// (ISO year, ISO week) of day `yday` (0-based) of `year`, which falls on
/// `wday` (0 is Sunday).
fn iso_week(year: i64, yday: i32, wday: i32) -> (i64, i64) {
    let (yday, wday) = (yday as i64, wday as i64);
    let mut iso_year = year;
    let mut days = days_into_iso_year(yday, wday);
    if days < 0 {
        iso_year -= 1;
        let len = 365 + is_leap(iso_year) as i64;
        days = days_into_iso_year(yday + len, wday);
    } else {
        let len = 365 + is_leap(year) as i64;
        let next = days_into_iso_year(yday - len, wday);
        if next >= 0 {
            iso_year += 1;
            days = next;
        }
    }
    (iso_year, days / 7 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Utc;
    impl Zone for Utc {
        fn mktime(&self, _tm: &Tm) -> i64 {
            0
        }
        fn tzname(&self, _dst: bool) -> String {
            "UTC".into()
        }
    }

    fn tm_2024_03_05() -> Tm {
        Tm {
            year: 124,
            mon: 2,
            mday: 5,
            hour: 14,
            min: 7,
            sec: 9,
            wday: 2,
            yday: 64,
            isdst: 0,
            gmtoff: 0,
            zone: None,
        }
    }

    fn fmt(f: &str, tm: &Tm) -> String {
        let chars: Vec<char> = f.chars().collect();
        strftime(&chars, tm, &Utc, 10_000).unwrap()
    }

    #[test]
    fn directives_and_flags() {
        let tm = tm_2024_03_05();
        assert_eq!(fmt("%c", &tm), "Tue Mar  5 14:07:09 2024");
        assert_eq!(
            fmt("%-6Y|%6Y|%_6Y|%^a|%#p", &tm),
            "  2024|002024|  2024|TUE|pm"
        );
        assert_eq!(fmt("%G-W%V-%u %U %W %j", &tm), "2024-W10-2 09 10 065");
        assert_eq!(fmt("%Q|%Ed|%5|%", &tm), "%Q|%Ed|  %5|%");
        let mut neg = tm.clone();
        neg.year = -1945;
        assert_eq!(fmt("%Y %C %y %6Y %_6Y", &neg), "-45 -1 55 -00045    -45");
    }

    #[test]
    fn offsets() {
        let mut tm = tm_2024_03_05();
        tm.gmtoff = -5400;
        assert_eq!(
            fmt("%z|%8z|%_8z", &tm),
            "-0130|       -00000130|       -     130"
        );
        tm.isdst = -1;
        assert_eq!(fmt("%z|%Z", &tm), "|");
    }

    #[test]
    fn limit() {
        let chars: Vec<char> = "%2000Y".chars().collect();
        assert!(strftime(&chars, &tm_2024_03_05(), &Utc, 1023).is_err());
    }
}
