//! Translation of CPython pattern syntax: the text handed to the crate and
//! the CPython error (message, position) for malformed patterns.

use super::*;

fn tr(p: &str, flags: i64) -> String {
    match translate(p, flags) {
        Ok(t) => t.pattern,
        Err(e) => panic!("{} failed: {} at {:?}", p, e.msg, e.pos),
    }
}

fn fails(p: &str) -> (String, Option<usize>) {
    match translate(p, 0) {
        Ok(t) => panic!("{} translated to {}", p, t.pattern),
        Err(e) => (e.msg, e.pos),
    }
}

#[test]
fn dollar_also_matches_before_a_final_newline() {
    assert_eq!(tr("a$", 0), "a(?=\\n?\\z)");
    assert_eq!(tr("a$", MULTILINE), "a$");
    assert_eq!(tr("a\\Z", 0), "a\\z");
}

#[test]
fn literal_braces_and_open_ended_repeats() {
    assert_eq!(tr("x{", 0), "x\\{");
    assert_eq!(tr("x{,3}", 0), "x{0,3}");
    assert_eq!(tr("{foo}", 0), "\\{foo\\}");
    assert_eq!(tr("a{2,}", 0), "a{2,}");
}

#[test]
fn ascii_flag_spells_classes_out() {
    assert_eq!(tr("\\d\\w", ASCII), "[[:digit:]][[:word:]]");
    assert_eq!(tr("[\\s-]", ASCII), "[[:space:]\\-]");
    assert_eq!(tr("\\d", 0), "[\\d]");
    assert_eq!(tr("\\w", 0), "[\\p{L}\\p{N}_]");
    assert_eq!(tr("[\\W.]", 0), "[[^\\p{L}\\p{N}_].]");
}

#[test]
fn groups_names_and_backreferences() {
    let t = translate("(?P<a>x)(y(z))(?P=a)\\2", 0).ok().unwrap();
    assert_eq!(t.groups, 3);
    assert_eq!(t.names, vec![("a".to_string(), 1)]);
    assert_eq!(t.parents, vec![0, 0, 0, 2]);
    assert_eq!(t.pattern, "(?P<a>x)(y(z))(?:\\1)(?:\\2)");
}

#[test]
fn leading_inline_flags_become_pattern_flags() {
    let t = translate("(?i)(?x) a b # c", 0).ok().unwrap();
    assert_eq!(t.flags, IGNORECASE | VERBOSE);
    assert_eq!(t.pattern, "ab");
}

#[test]
fn class_brackets_are_escaped() {
    assert_eq!(tr("[]a[]", 0), "[\\]a\\[]");
    assert_eq!(tr("[^-a]", 0), "[^\\-a]");
    assert_eq!(tr("[a-c&~]", 0), "[a-c\\&\\~]");
}

#[test]
fn errors_carry_cpython_messages_and_positions() {
    let cases: &[(&str, &str, usize)] = &[
        ("(a", "missing ), unterminated subpattern", 0),
        ("a)", "unbalanced parenthesis", 1),
        ("[a", "unterminated character set", 0),
        ("*a", "nothing to repeat", 0),
        ("a**", "multiple repeat", 2),
        ("\\q", "bad escape \\q", 0),
        ("a{2,1}", "min repeat greater than max repeat", 2),
        ("(a)\\2", "invalid group reference 2", 4),
        (
            "a(?i)b",
            "global flags not at the start of the expression",
            1,
        ),
        ("[z-a]", "bad character range z-a", 1),
        ("\\x4", "incomplete escape \\x4", 0),
    ];
    for (p, msg, pos) in cases {
        assert_eq!(fails(p), (msg.to_string(), Some(*pos)), "{}", p);
    }
}
