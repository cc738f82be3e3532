//! Unit tests for `format_spec`; expected values taken from CPython 3.11's `format()`.

use super::*;

fn fs(s: &str, spec: &str) -> Result<String, String> {
    let p = FormatSpec::parse(spec, "str").map_err(|e| e.to_string())?;
    format_str(s, &p, "str").map_err(|e| e.to_string())
}
fn fi(v: i64, spec: &str) -> Result<String, String> {
    let p = FormatSpec::parse(spec, "int").map_err(|e| e.to_string())?;
    format_i64(v, &p, "int").map_err(|e| e.to_string())
}
fn ff(x: f64, spec: &str) -> Result<String, String> {
    let p = FormatSpec::parse(spec, "float").map_err(|e| e.to_string())?;
    format_float_spec(x, &p, "float").map_err(|e| e.to_string())
}
fn ok(r: Result<String, String>) -> String {
    r.unwrap()
}
fn err(r: Result<String, String>) -> String {
    r.unwrap_err()
}

#[test]
fn parse_fields() {
    let p = FormatSpec::parse("*^+z#012,.3f", "float").unwrap();
    assert_eq!(p.fill, Some('*'));
    assert_eq!(p.align, Some('^'));
    assert_eq!(p.sign, Some('+'));
    assert!(p.no_neg_zero && p.alternate && !p.zero);
    assert_eq!(p.width, Some(12));
    assert_eq!(p.grouping, Some(','));
    assert_eq!(p.precision, Some(3));
    assert_eq!(p.kind, Some('f'));
    let p = FormatSpec::parse("010", "int").unwrap();
    assert!(p.zero);
    assert_eq!(p.width, Some(10));
    assert_eq!(FormatSpec::parse("", "int").unwrap(), FormatSpec::default());
}

#[test]
fn str_cases() {
    assert_eq!(ok(fs("ab", "05")), "ab000");
    assert_eq!(ok(fs("ab", "<05")), "ab000");
    assert_eq!(ok(fs("ab", "^5")), " ab  ");
    assert_eq!(ok(fs("ab", "^6")), "  ab  ");
    assert_eq!(ok(fs("ab", ">5")), "   ab");
    assert_eq!(ok(fs("ab", "5")), "ab   ");
    assert_eq!(ok(fs("é", "*^6")), "**é***");
    assert_eq!(ok(fs("abc", ".1")), "a");
    assert_eq!(ok(fs("abc", "5.2")), "ab   ");
    assert_eq!(ok(fs("abc", "<")), "abc");
    assert_eq!(ok(fs("", "^3")), "   ");
    assert_eq!(ok(fs("abc", "")), "abc");
    assert_eq!(ok(fs("abc", "s")), "abc");
    assert_eq!(err(fs("ab", ",")), "Cannot specify ',' with 's'.");
    assert_eq!(err(fs("ab", "_")), "Cannot specify '_' with 's'.");
    assert_eq!(err(fs("ab", ".")), "Format specifier missing precision");
    assert_eq!(
        err(fs("ab", "xx")),
        "Invalid format specifier 'xx' for object of type 'str'"
    );
    assert_eq!(
        err(fs("ab", "+")),
        "Sign not allowed in string format specifier"
    );
    assert_eq!(
        err(fs("ab", "-")),
        "Sign not allowed in string format specifier"
    );
    assert_eq!(
        err(fs("ab", " ")),
        "Space not allowed in string format specifier"
    );
    assert_eq!(
        err(fs("ab", "=5")),
        "'=' alignment not allowed in string format specifier"
    );
    assert_eq!(
        err(fs("ab", "0=5")),
        "'=' alignment not allowed in string format specifier"
    );
    assert_eq!(
        err(fs("ab", "d")),
        "Unknown format code 'd' for object of type 'str'"
    );
    assert_eq!(
        err(fs("a", "z#")),
        "Negative zero coercion (z) not allowed in string format specifier"
    );
    assert_eq!(
        err(fs("a", "#")),
        "Alternate form (#) not allowed in string format specifier"
    );
    assert_eq!(
        err(fs("a", "z+")),
        "Unknown format code '+' for object of type 'str'"
    );
    assert_eq!(err(fs("a", ",\x01")), "Cannot specify ',' with '\\x1'.");
}

#[test]
fn int_cases() {
    let cases: &[(i64, &str, &str)] = &[
        (1234, "08,", "0,001,234"),
        (1234, "09,", "0,001,234"),
        (1234, "07,", "001,234"),
        (1234, "010,", "00,001,234"),
        (-1234, "08,", "-001,234"),
        (-1234, "09,", "-0,001,234"),
        (1234, "#010_x", "0x000_04d2"),
        (0x12345, "#012_x", "0x0_0001_2345"),
        (1234, "x>010,", "xxxxx1,234"),
        (1234, "0>10,", "000001,234"),
        (1234, "=10,", "     1,234"),
        (1234, "<010,", "1,23400000"),
        (1234, "^010,", "001,234000"),
        (1234, "08_", "0_001_234"),
        (1, "010,", "00,000,001"),
        (0, "05,", "0,000"),
        (12, "04,", "0,012"),
        (123, "05,", "0,123"),
        (1234, "+08,", "+001,234"),
        (0, "#x", "0x0"),
        (0, "#010b", "0b00000000"),
        (1, " ", " 1"),
        (65, "c", "A"),
        (65, "=5c", "    A"),
        (65, "05c", "0000A"),
        (1, "#b", "0b1"),
        (-5, "#X", "-0X5"),
        (-5, "#_b", "-0b101"),
        (255, "X", "FF"),
        (255, "#o", "0o377"),
        (12345678, "n", "12345678"),
        (12345678, "_", "12_345_678"),
        (12345678, "_x", "bc_614e"),
        (-12345678, ",", "-12,345,678"),
        (5, "0", "5"),
        (5, "00", "5"),
        (5, "x<0", "5"),
        (5, "<05", "50000"),
        (1, "0=5", "00001"),
        (-42, "=+8", "-     42"),
        (42, "+^8", "+++42+++"),
        (42, "^+8", "  +42   "),
        (42, "*<+6", "+42***"),
        (42, "", "42"),
        (100, "e", "1.000000e+02"),
        (100, ".2f", "100.00"),
        (1, "%", "100.000000%"),
        (10i64.pow(18), "g", "1e+18"),
    ];
    for (v, spec, want) in cases {
        assert_eq!(ok(fi(*v, spec)), *want, "format({}, {:?})", v, spec);
    }
}

#[test]
fn int_errors() {
    let cases: &[(i64, &str, &str)] = &[
        (1, ",_", "Cannot specify both ',' and '_'."),
        (1, "_,", "Cannot specify both ',' and '_'."),
        (1, ",,", "Cannot specify ',' with ','."),
        (1, ".2", "Precision not allowed in integer format specifier"),
        (
            1,
            ".2x",
            "Precision not allowed in integer format specifier",
        ),
        (
            1,
            "z",
            "Negative zero coercion (z) not allowed in integer format specifier",
        ),
        (
            1,
            "z.2",
            "Precision not allowed in integer format specifier",
        ),
        (1, ",c", "Cannot specify ',' with 'c'."),
        (1, "_c", "Cannot specify '_' with 'c'."),
        (1, ",s", "Cannot specify ',' with 's'."),
        (1, "_n", "Cannot specify '_' with 'n'."),
        (1, ",x", "Cannot specify ',' with 'x'."),
        (
            1,
            "99999999999999999999",
            "Too many decimal digits in format string",
        ),
        (
            1,
            "#c",
            "Alternate form (#) not allowed with integer format specifier 'c'",
        ),
        (
            65,
            "+c",
            "Sign not allowed with integer format specifier 'c'",
        ),
        (
            1,
            "z#c",
            "Negative zero coercion (z) not allowed in integer format specifier",
        ),
        (1, "s", "Unknown format code 's' for object of type 'int'"),
        (
            1,
            "\u{1}",
            "Unknown format code '\\x1' for object of type 'int'",
        ),
        (
            1,
            "é",
            "Unknown format code '\\xe9' for object of type 'int'",
        ),
        (1, "{", "Unknown format code '{' for object of type 'int'"),
        (1, ".2z", "Unknown format code 'z' for object of type 'int'"),
    ];
    for (v, spec, want) in cases {
        assert_eq!(err(fi(*v, spec)), *want, "format({}, {:?})", v, spec);
    }
    let spec = FormatSpec::parse("c", "int").unwrap();
    assert_eq!(
        format_i64(-1, &spec, "int"),
        Err(FormatError::Overflow(
            "%c arg not in range(0x110000)".into()
        ))
    );
    assert!(matches!(
        format_i64(0x110000, &spec, "int"),
        Err(FormatError::Overflow(_))
    ));
    assert_eq!(
        format_int(&BigInt::from(2).pow(64), &spec, "int"),
        Err(FormatError::Overflow(
            "Python int too large to convert to C long".into()
        ))
    );
    let big = BigInt::from(10).pow(400);
    let spec = FormatSpec::parse("f", "int").unwrap();
    assert_eq!(
        format_int(&big, &spec, "int"),
        Err(FormatError::Overflow(
            "int too large to convert to float".into()
        ))
    );
    let spec = FormatSpec::parse(",", "int").unwrap();
    let big = BigInt::from(10).pow(30);
    assert_eq!(
        format_int(&big, &spec, "int").unwrap(),
        "1,000,000,000,000,000,000,000,000,000,000"
    );
}

#[test]
fn float_cases() {
    let cases: &[(f64, &str, &str)] = &[
        (1.5, "z", "1.5"),
        (-0.0, "z", "0.0"),
        (-0.0, "zf", "0.000000"),
        (-0.0, "", "-0.0"),
        (-0.0, "+", "-0.0"),
        (-0.0001, "z.2f", "0.00"),
        (-0.0001, "z.2e", "-1.00e-04"),
        (f64::NEG_INFINITY, "z", "-inf"),
        (-0.0, "z%", "0.000000%"),
        (1.5, "^9", "   1.5   "),
        (1.5, "=+9", "+     1.5"),
        (1.5, " ", " 1.5"),
        (f64::NAN, " 5", "  nan"),
        (f64::NAN, "+", "+nan"),
        (-f64::NAN, "", "nan"),
        (1234.5678, "_.2f", "1_234.57"),
        (1e6, ",", "1,000,000.0"),
        (1e6, ",.2e", "1.00e+06"),
        (-1234.5, "012,.2f", "-0,001,234.50"),
        (1234.5, "010,.1f", "0,001,234.5"),
        (1234.5, "011,.1f", "0,001,234.5"),
        (1e20, "020,", "0,000,000,000,001e+20"),
        (1e20, ",", "1e+20"),
        (12345678.9, ",", "12,345,678.9"),
        (f64::INFINITY, "010,", "0000000inf"),
        (f64::NAN, "010", "0000000nan"),
        (f64::INFINITY, "<010", "inf0000000"),
        (1.0, "#", "1.0"),
        (1e20, "#", "1.e+20"),
        (1.0, ".0", "1e+00"),
        (1e16, "", "1e+16"),
        (1e16, ".20", "10000000000000000.0"),
        (123.0, ".2", "1.2e+02"),
        (1.0, "#.3", "1.00"),
        (3.14259, "8.3f", "   3.143"),
        (-3.14259, "08.3f", "-003.143"),
        (0.25, ".1%", "25.0%"),
        (1234.5, "n", "1234.5"),
        (1e300, ".1e", "1.0e+300"),
        (0.1, "E", "1.000000E-01"),
        (f64::INFINITY, "F", "INF"),
        (2.5, ".0f", "2"),
        (1e-5, "", "1e-05"),
        (123456789.123, "", "123456789.123"),
        (123456789.123, "g", "1.23457e+08"),
    ];
    for (x, spec, want) in cases {
        assert_eq!(ok(ff(*x, spec)), *want, "format({:?}, {:?})", x, spec);
    }
    assert_eq!(
        err(ff(1.0, "d")),
        "Unknown format code 'd' for object of type 'float'"
    );
    assert_eq!(
        err(ff(1.0, ".2x")),
        "Unknown format code 'x' for object of type 'float'"
    );
    assert_eq!(err(ff(1.0, ",x")), "Cannot specify ',' with 'x'.");
    assert_eq!(err(ff(1.0, ",n")), "Cannot specify ',' with 'n'.");
}

#[test]
fn pad_helper() {
    let spec = FormatSpec::parse("*^7", "x").unwrap();
    assert_eq!(pad("ab", "-", &spec, '>'), "**-ab**");
    let spec = FormatSpec::parse("07", "x").unwrap();
    assert_eq!(pad("ab", "-", &spec, '>'), "-0000ab");
}
