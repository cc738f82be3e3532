//! `match` statements: soft keywords, the subject, and each pattern kind.

use super::*;

fn cases(src: &str) -> (Expr, Vec<MatchCase>) {
    match one(src) {
        StmtKind::Match { subject, cases } => (subject, cases),
        other => panic!("not a match: {:?}", other),
    }
}

fn pattern(src: &str) -> PatternKind {
    let (_, mut cs) = cases(&format!("match x:\n    case {}:\n        pass\n", src));
    cs.remove(0).pattern.kind
}

#[test]
fn match_and_case_stay_names() {
    for src in [
        "match = 3\n",
        "match(1)\n",
        "case = 2\n",
        "print(match)\n",
        "match.x = 1\n",
        "match[0]: int = 1\n",
        "match, case = 1, 2\n",
    ] {
        assert!(
            !matches!(one(src), StmtKind::Match { .. }),
            "{:?} parsed as a match",
            src
        );
    }
    let StmtKind::Expr(e) = one("match(1)\n") else {
        panic!()
    };
    assert_eq!(show(&e), "match(1)");
}

#[test]
fn subject_and_cases() {
    let (subject, cs) = cases("match a, b:\n    case 1:\n        x\n    case _ if y:\n        z\n");
    assert!(matches!(subject.kind, ExprKind::Tuple(ref items) if items.len() == 2));
    assert_eq!(cs.len(), 2);
    assert!(cs[0].guard.is_none());
    assert_eq!(cs[1].guard.as_ref().map(show), Some("y".to_string()));
    let (subject, _) = cases("match (x):\n    case 1: pass\n");
    assert_eq!(show(&subject), "x");
}

#[test]
fn literal_and_value_patterns() {
    assert!(matches!(
        pattern("None"),
        PatternKind::Singleton(Constant::None)
    ));
    assert!(matches!(
        pattern("True"),
        PatternKind::Singleton(Constant::True)
    ));
    let PatternKind::Value(e) = pattern("-1") else {
        panic!()
    };
    assert_eq!(show(&e), "(USub 1)");
    let PatternKind::Value(e) = pattern("1 - 2j") else {
        panic!()
    };
    assert_eq!(show(&e), "(1 - 2.0j)");
    let PatternKind::Value(e) = pattern("'a' 'b'") else {
        panic!()
    };
    assert_eq!(show(&e), "\"ab\"");
    let PatternKind::Value(e) = pattern("Color.RED") else {
        panic!()
    };
    assert_eq!(show(&e), "Color.RED");
}

#[test]
fn structural_patterns() {
    assert!(matches!(
        pattern("_"),
        PatternKind::As {
            pattern: None,
            name: None
        }
    ));
    assert!(
        matches!(pattern("x"), PatternKind::As { pattern: None, name: Some(ref n) } if n == "x")
    );
    let PatternKind::Sequence(items) = pattern("[a, *rest]") else {
        panic!()
    };
    assert!(matches!(items[1].kind, PatternKind::Star(Some(ref n)) if n == "rest"));
    let PatternKind::Sequence(items) = pattern("a, *_") else {
        panic!()
    };
    assert!(matches!(items[1].kind, PatternKind::Star(None)));
    assert!(matches!(pattern("(a,)"), PatternKind::Sequence(ref v) if v.len() == 1));
    assert!(matches!(pattern("(a)"), PatternKind::As { .. }));
    assert!(matches!(pattern("()"), PatternKind::Sequence(ref v) if v.is_empty()));
    let PatternKind::Mapping { keys, rest, .. } = pattern("{'k': v, K.x: 1, **rest}") else {
        panic!()
    };
    assert_eq!(keys.len(), 2);
    assert_eq!(rest.as_deref(), Some("rest"));
    let PatternKind::Class {
        cls,
        patterns,
        kwd_attrs,
        ..
    } = pattern("m.Point(1, y=py,)")
    else {
        panic!()
    };
    assert_eq!(show(&cls), "m.Point");
    assert_eq!(patterns.len(), 1);
    assert_eq!(kwd_attrs, ["y"]);
    assert!(matches!(pattern("1 | 2 | 3"), PatternKind::Or(ref v) if v.len() == 3));
    assert!(
        matches!(pattern("[x] as p"), PatternKind::As { pattern: Some(_), name: Some(ref n) } if n == "p")
    );
}

#[test]
fn pattern_syntax_errors() {
    let case = |p: &str| format!("match x:\n    case {}:\n        pass\n", p);
    check_err(&case("1 as _"), "cannot use '_' as a target", 2, 15);
    check_err(
        &case("C(a=1, b)"),
        "positional patterns follow keyword patterns",
        2,
        17,
    );
    check_err(
        &case("C(a=1, a=2)"),
        "attribute name repeated in class pattern: a",
        2,
        17,
    );
    check_err(
        &case("f'x'"),
        "patterns may only match literals and attribute lookups",
        2,
        10,
    );
    check_err(
        &case("1 + 2"),
        "imaginary number required in complex literal",
        2,
        14,
    );
}
