//! Local time through the C library, as CPython's `time` module gets it:
//! `localtime_r`, `mktime` and `tzset` follow `TZ` and /etc/localtime.
//! Universal time is computed here (no zone data needed); off Unix local
//! time is universal time.

use super::time_format::Tm;

/// errno for a year that does not fit `struct tm`.
#[cfg(unix)]
pub const EOVERFLOW: i32 = libc::EOVERFLOW;
#[cfg(not(unix))]
pub const EOVERFLOW: i32 = 75;

/// The fields of UTC time `t` (seconds since the epoch), as glibc's
/// `gmtime_r` gives them; Err(errno) when the year does not fit an int.
pub fn gmtime(t: i64) -> Result<Tm, i32> {
    let days = t.div_euclid(86400);
    let secs = t.rem_euclid(86400) as i32;
    let (year, mon, mday) = civil_from_days(days);
    let tm_year = i32::try_from(year - 1900).map_err(|_| EOVERFLOW)?;
    Ok(Tm {
        year: tm_year,
        mon: mon as i32 - 1,
        mday: mday as i32,
        hour: secs / 3600,
        min: secs / 60 % 60,
        sec: secs % 60,
        // 1970-01-01 was a Thursday.
        wday: (days + 4).rem_euclid(7) as i32,
        yday: (days - days_from_civil(year, 1, 1)) as i32,
        isdst: 0,
        gmtoff: 0,
        zone: Some("GMT".into()),
    })
}

/// Days since 1970-01-01 of a proleptic Gregorian date (month 1-12).
pub fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    // Years counted from March, so the leap day ends the year.
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let year_of_era = y - era * 400;
    let shifted_month = (month + 9) % 12;
    let day_of_year = (153 * shifted_month + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// (year, month 1-12, day) of a count of days since 1970-01-01.
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let shifted_month = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
    let month = if shifted_month < 10 {
        shifted_month + 3
    } else {
        shifted_month - 9
    };
    let year = year_of_era + era * 400 + (month <= 2) as i64;
    (year, month, day)
}

#[cfg(unix)]
mod sys {
    use std::ffi::CStr;
    use std::os::raw::c_char;

    use super::Tm;

    extern "C" {
        // POSIX; the libc crate declares neither.
        fn tzset();
        static tzname: [*const c_char; 2];
    }

    fn zone_name(p: *const c_char) -> Option<String> {
        if p.is_null() {
            return None;
        }
        // SAFETY: a non-null tm_zone or tzname entry points to a
        // NUL-terminated string the C library keeps until the next tzset.
        let s = unsafe { CStr::from_ptr(p) };
        Some(s.to_string_lossy().into_owned())
    }

    fn to_c(tm: &Tm) -> libc::tm {
        libc::tm {
            tm_sec: tm.sec,
            tm_min: tm.min,
            tm_hour: tm.hour,
            tm_mday: tm.mday,
            tm_mon: tm.mon,
            tm_year: tm.year,
            tm_wday: tm.wday,
            tm_yday: tm.yday,
            tm_isdst: tm.isdst,
            tm_gmtoff: 0,
            tm_zone: std::ptr::null_mut::<c_char>(),
        }
    }

    pub fn localtime(t: i64) -> Result<Tm, i32> {
        let t = libc::time_t::try_from(t).map_err(|_| super::EOVERFLOW)?;
        let mut out = to_c(&Tm::default());
        // SAFETY: both pointers are to live locals of the right types;
        // localtime_r writes only `out`.
        let r = unsafe { libc::localtime_r(&t, &mut out) };
        if r.is_null() {
            let errno = std::io::Error::last_os_error().raw_os_error();
            return Err(errno.unwrap_or(super::EOVERFLOW));
        }
        Ok(Tm {
            year: out.tm_year,
            mon: out.tm_mon,
            mday: out.tm_mday,
            hour: out.tm_hour,
            min: out.tm_min,
            sec: out.tm_sec,
            wday: out.tm_wday,
            yday: out.tm_yday,
            isdst: out.tm_isdst,
            // c_long is narrower than i64 on 32-bit targets.
            #[allow(clippy::useless_conversion)]
            gmtoff: i64::from(out.tm_gmtoff),
            zone: zone_name(out.tm_zone),
        })
    }

    pub fn mktime(tm: &Tm) -> Option<i64> {
        let mut c = to_c(tm);
        // mktime leaves tm_wday alone only when it fails (its -1 result is
        // also a valid time).
        c.tm_wday = -1;
        // SAFETY: `c` is a live, fully initialised struct tm with a null
        // tm_zone; mktime only reads and normalises it.
        let t = unsafe { libc::mktime(&mut c) };
        if t == -1 && c.tm_wday == -1 {
            return None;
        }
        Some(t as i64)
    }

    pub fn reset_zone() {
        // SAFETY: tzset takes no arguments and only re-reads TZ into the C
        // library's own state.
        unsafe { tzset() }
    }

    pub fn tz_name(dst: bool) -> String {
        reset_zone();
        // SAFETY: tzname is the C library's array of two string pointers,
        // set by the tzset just above; it is read, not written.
        let p = unsafe { tzname[dst as usize] };
        zone_name(p).unwrap_or_default()
    }
}

#[cfg(not(unix))]
mod sys {
    use super::Tm;

    pub fn localtime(t: i64) -> Result<Tm, i32> {
        let mut tm = super::gmtime(t)?;
        tm.zone = Some("UTC".into());
        Ok(tm)
    }

    pub fn mktime(tm: &Tm) -> Option<i64> {
        let days = super::days_from_civil(tm.year as i64 + 1900, tm.mon as i64 + 1, 1);
        let days = days + tm.mday as i64 - 1;
        Some(days * 86400 + tm.hour as i64 * 3600 + tm.min as i64 * 60 + tm.sec as i64)
    }

    pub fn reset_zone() {}

    pub fn tz_name(_dst: bool) -> String {
        "UTC".into()
    }
}

pub use sys::{localtime, mktime, reset_zone, tz_name};

/// The C library's zone, as `time.strftime` sees it.
pub struct LocalZone;

impl super::time_format::Zone for LocalZone {
    fn mktime(&self, tm: &Tm) -> i64 {
        mktime(tm).unwrap_or(-1)
    }

    fn tzname(&self, dst: bool) -> String {
        tz_name(dst)
    }
}

/// (timezone, altzone, daylight, (std name, dst name)) probed from the
/// local times of January and July this year, as CPython sets the module's
/// constants (this also gets the names right where DST is in January).
pub fn zone_constants(now: i64) -> (i64, i64, bool, (String, String)) {
    // A year of 365.25 days, so the probes stay in mid-winter/mid-summer.
    const YEAR: i64 = (365 * 24 + 6) * 3600;
    let january = now.div_euclid(YEAR) * YEAR;
    let probe = |t: i64| match localtime(t) {
        Ok(tm) => (-tm.gmtoff, tm.zone.unwrap_or_default()),
        Err(_) => (0, "UTC".to_string()),
    };
    let (jan_zone, jan_name) = probe(january);
    let (jul_zone, jul_name) = probe(january + YEAR / 2);
    let daylight = jan_zone != jul_zone;
    if jan_zone < jul_zone {
        // Southern hemisphere: July is standard time.
        (jul_zone, jan_zone, daylight, (jul_name, jan_name))
    } else {
        (jan_zone, jul_zone, daylight, (jan_name, jul_name))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_round_trip() {
        for days in [
            -719_468 - 1,
            -1,
            0,
            59,
            60,
            365,
            11_016,
            2_932_896,
            -2_932_897,
        ] {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(19_787), (2024, 3, 5));
    }

    #[test]
    fn gmtime_fields() {
        let tm = gmtime(1_709_647_629).unwrap();
        assert_eq!(
            (tm.year, tm.mon, tm.mday, tm.hour, tm.min, tm.sec),
            (124, 2, 5, 14, 7, 9)
        );
        assert_eq!((tm.wday, tm.yday), (2, 64));
        let before = gmtime(-1).unwrap();
        assert_eq!((before.year, before.yday, before.sec), (69, 364, 59));
        assert_eq!(gmtime(i64::MAX).unwrap_err(), EOVERFLOW);
    }
}
