//! Line structure: indentation, continuation, comments, separators.

use super::*;

#[test]
fn indentation_blocks() {
    let src = "def f(x):\n    if x:\n        return 1\n    else:\n\n        # comment\n        return 2\n\nclass A:\n\tpass\n";
    let b = body(src);
    assert_eq!(b.len(), 2);
    let StmtKind::FunctionDef(f) = &b[0] else {
        panic!()
    };
    assert_eq!(f.body.len(), 1);
    let StmtKind::If {
        body: then, orelse, ..
    } = &f.body[0].kind
    else {
        panic!()
    };
    assert_eq!((then.len(), orelse.len()), (1, 1));
    // Dedent several levels at once, and at EOF without newline.
    let b = body("if a:\n  if b:\n    if c:\n      x\ny\nif d:\n  z");
    assert_eq!(b.len(), 3);
}

#[test]
fn one_line_bodies_and_separators() {
    let StmtKind::If { body, orelse, .. } = one("if x: y = 1; z = 2\nelse: pass") else {
        panic!()
    };
    assert_eq!((body.len(), orelse.len()), (2, 1));
    let StmtKind::While { body, .. } = one("while 1: pass;") else {
        panic!()
    };
    assert_eq!(body.len(), 1);
    let StmtKind::ClassDef(c) = one("class A: x = 1") else {
        panic!()
    };
    assert_eq!(c.body.len(), 1);
}

#[test]
fn line_joining_and_comments() {
    let b = body("x = (1 +\n     2)  # c\ny = [\n  1,\n\n  2,  # two\n]\nz = {\n'a':\n 1}\n");
    assert_eq!(b.len(), 3);
    let b = body("x = 1 + \\\n    2\nif a and \\\n   b:\n    pass\n");
    assert_eq!(b.len(), 2);
    let b = body("# only a comment");
    assert!(b.is_empty());
    assert!(body("").is_empty());
    assert!(body("\n\n   \n").is_empty());
    let b = body("  # indented comment\nx = 1\n    # deeper comment\ny = 2\n");
    assert_eq!(b.len(), 2);
    let b = body("x = '''a\n  b''' + \"\"\"\nc\"\"\"\ny = 2");
    assert_eq!(b.len(), 2);
}

#[test]
fn newline_variants_and_bom() {
    let m = parse("x = 1\r\nif x:\r\n    y = '''a\r\nb'''\r\n");
    assert_eq!(m.body.len(), 2);
    let StmtKind::If { body, .. } = &m.body[1].kind else {
        panic!()
    };
    assert_eq!(
        show(&match &body[0].kind {
            StmtKind::Assign { value, .. } => value.clone(),
            _ => panic!(),
        }),
        "\"a\\nb\""
    );
    assert_eq!(parse("\u{feff}x = 1\n").body.len(), 1);
    assert_eq!(parse("x = 1").body.len(), 1);
    assert_eq!(parse("if x:\n  pass").body.len(), 1);
    assert_eq!(parse("x = 1\ry = 2\r").body.len(), 2);
    assert_eq!(parse("x = (1,\r\n 2)\r\n").body.len(), 1);
}

#[test]
fn eval_input() {
    assert_eq!(e("  1 + 2\n\n"), "(1 + 2)");
    assert_eq!(e("a,"), "tuple(a)");
    assert!(parse_expression("1\n2", "t.py").is_err());
    assert!(parse_expression("x = 1", "t.py").is_err());
    assert_eq!(e("(1 +\n 2)"), "(1 + 2)");
}

#[test]
fn large_files_parse_in_chunks() {
    let mut src = String::new();
    for i in 0..5000 {
        src.push_str(&format!(
            "x{} = x + {}\nif x:\n    y = 1\nelse:\n    y = 2\n@d\ndef f(): pass\n",
            i, i
        ));
    }
    let m = parse(&src);
    assert_eq!(m.body.len(), 15000);
    assert_eq!(
        m.body[14999].loc,
        Loc {
            line: 35000,
            col: 0
        }
    );
    // An error deep in a later chunk keeps its line.
    src.push_str("x = = 1\n");
    let err = parse_module(&src, "t.py").unwrap_err();
    assert_eq!(
        (err.msg.as_str(), err.line, err.col),
        ("invalid syntax", 35001, 5)
    );
}

/// `cargo test --release -p krait-engine --lib syntax::tests::layout::ten_megabytes -- --ignored --nocapture`
#[test]
#[ignore]
fn ten_megabytes() {
    let mut src = String::with_capacity(11 << 20);
    let mut lines = 0;
    while src.len() < 10 << 20 {
        src.push_str("x = x + 1\nif x > 3:\n    y = f(x, [1, 2, 3], key='value')  # comment\n");
        lines += 3;
    }
    let start = std::time::Instant::now();
    let m = parse(&src);
    let took = start.elapsed();
    eprintln!(
        "{} bytes, {} lines, {} statements: {:?}",
        src.len(),
        lines,
        m.body.len(),
        took
    );
    let simple = "x = x + 1\n".repeat(300_000);
    let start = std::time::Instant::now();
    let m = parse(&simple);
    eprintln!(
        "{} bytes of `x = x + 1`: {} statements in {:?}",
        simple.len(),
        m.body.len(),
        start.elapsed()
    );
}
