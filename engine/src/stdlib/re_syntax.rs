//! Translation of CPython `re` pattern syntax into fancy-regex syntax, with
//! CPython's error messages for malformed patterns (checked here because the
//! crate's own messages differ). The scan also yields what `re` needs to know
//! about groups: their count, names, and nesting (for `Match.lastindex`).

pub const IGNORECASE: i64 = 2;
pub const LOCALE: i64 = 4;
pub const MULTILINE: i64 = 8;
pub const DOTALL: i64 = 16;
pub const UNICODE: i64 = 32;
pub const VERBOSE: i64 = 64;
pub const ASCII: i64 = 256;

/// A translated pattern.
pub struct Translated {
    pub pattern: String,
    /// Flags after the leading inline `(?aimsux)` groups are merged in.
    pub flags: i64,
    /// Number of capturing groups.
    pub groups: usize,
    /// (name, group number), in definition order.
    pub names: Vec<(String, usize)>,
    /// For each group 1..=groups (index 0 unused), the enclosing group (0 = none).
    pub parents: Vec<usize>,
}

/// A pattern error: CPython's message and the character position (if any).
pub struct SyntaxErr {
    pub msg: String,
    pub pos: Option<usize>,
}

fn err<T>(msg: impl Into<String>, pos: usize) -> Result<T, SyntaxErr> {
    Err(SyntaxErr {
        msg: msg.into(),
        pos: Some(pos),
    })
}

fn flag_bit(c: char) -> Option<i64> {
    Some(match c {
        'a' => ASCII,
        'i' => IGNORECASE,
        'L' => LOCALE,
        'm' => MULTILINE,
        's' => DOTALL,
        'u' => UNICODE,
        'x' => VERBOSE,
        _ => return None,
    })
}

/// One open parenthesis: where it started and the group it opened (0 = none).
struct Open {
    pos: usize,
    group: usize,
}

struct Scanner {
    p: Vec<char>,
    i: usize,
    out: String,
    flags: i64,
    groups: usize,
    names: Vec<(String, usize)>,
    parents: Vec<usize>,
    closed: Vec<bool>,
    stack: Vec<Open>,
    /// Whether the previous item can take a quantifier.
    can_repeat: bool,
    /// 0: the previous item is not a quantifier; 1: a plain one; 2: lazy or possessive.
    after_repeat: u8,
}

pub fn translate(pattern: &str, flags: i64) -> Result<Translated, SyntaxErr> {
    let mut s = Scanner {
        p: pattern.chars().collect(),
        i: 0,
        out: String::with_capacity(pattern.len() + 8),
        flags,
        groups: 0,
        names: Vec::new(),
        parents: vec![0],
        closed: vec![true],
        stack: Vec::new(),
        can_repeat: false,
        after_repeat: 0,
    };
    s.leading_flags()?;
    s.run()?;
    if let Some(open) = s.stack.last() {
        return err("missing ), unterminated subpattern", open.pos);
    }
    Ok(Translated {
        pattern: s.out,
        flags: s.flags,
        groups: s.groups,
        names: s.names,
        parents: s.parents,
    })
}

impl Scanner {
    fn peek(&self, k: usize) -> Option<char> {
        self.p.get(self.i + k).copied()
    }

    fn verbose(&self) -> bool {
        self.flags & VERBOSE != 0
    }

    fn ascii(&self) -> bool {
        self.flags & ASCII != 0
    }

    /// `(?imsx)` groups at the very start set flags for the whole pattern.
    fn leading_flags(&mut self) -> Result<(), SyntaxErr> {
        loop {
            if self.verbose() {
                self.skip_verbose();
            }
            if self.peek(0) != Some('(') || self.peek(1) != Some('?') {
                return Ok(());
            }
            let mut j = self.i + 2;
            let mut bits = 0;
            while let Some(b) = self.p.get(j).and_then(|&c| flag_bit(c)) {
                bits |= b;
                j += 1;
            }
            if j == self.i + 2 || self.p.get(j) != Some(&')') {
                return Ok(());
            }
            self.flags |= bits;
            self.i = j + 1;
        }
    }

    fn skip_verbose(&mut self) {
        while let Some(c) = self.peek(0) {
            if c.is_whitespace() {
                self.i += 1;
            } else if c == '#' {
                while let Some(c) = self.peek(0) {
                    self.i += 1;
                    if c == '\n' {
                        break;
                    }
                }
            } else {
                break;
            }
        }
    }

    fn run(&mut self) -> Result<(), SyntaxErr> {
        while self.i < self.p.len() {
            if self.verbose() {
                self.skip_verbose();
                if self.i >= self.p.len() {
                    break;
                }
            }
            let start = self.i;
            let c = self.p[self.i];
            self.i += 1;
            match c {
                '\\' => self.escape(start)?,
                '[' => {
                    self.class(start)?;
                    self.atom();
                }
                '(' => self.open(start)?,
                ')' => {
                    let Some(open) = self.stack.pop() else {
                        return err("unbalanced parenthesis", start);
                    };
                    if open.group > 0 {
                        self.closed[open.group] = true;
                    }
                    self.out.push(')');
                    self.atom();
                }
                '*' | '+' | '?' => self.repeat(start, c.to_string())?,
                '{' => match self.brace_quantifier(start)? {
                    Some(q) => self.repeat(start, q)?,
                    None => {
                        self.out.push_str("\\{");
                        self.atom();
                    }
                },
                '|' => {
                    self.out.push('|');
                    self.can_repeat = false;
                    self.after_repeat = 0;
                }
                '^' => self.assertion("^"),
                '$' => {
                    if self.flags & MULTILINE != 0 {
                        self.assertion("$")
                    } else {
                        // CPython's `$` also matches before a final newline.
                        self.assertion("(?=\\n?\\z)")
                    }
                }
                '.' => {
                    self.out.push('.');
                    self.atom();
                }
                _ => {
                    push_literal(&mut self.out, c, false);
                    self.atom();
                }
            }
        }
        Ok(())
    }

    fn atom(&mut self) {
        self.can_repeat = true;
        self.after_repeat = 0;
    }

    fn assertion(&mut self, text: &str) {
        self.out.push_str(text);
        self.can_repeat = false;
        self.after_repeat = 0;
    }

    /// A quantifier (`q` is its translated text) at character `start`.
    fn repeat(&mut self, start: usize, q: String) -> Result<(), SyntaxErr> {
        match self.after_repeat {
            1 if q == "?" || q == "+" => {
                self.out.push_str(&q);
                self.after_repeat = 2;
                return Ok(());
            }
            1 | 2 => return err("multiple repeat", start),
            _ => {}
        }
        if !self.can_repeat {
            return err("nothing to repeat", start);
        }
        self.out.push_str(&q);
        self.after_repeat = 1;
        self.can_repeat = false;
        Ok(())
    }

    /// `{m,n}` after `{` at `start`: the translated quantifier, or None when
    /// the brace is a literal (CPython accepts `x{` and `{foo}` as text).
    fn brace_quantifier(&mut self, start: usize) -> Result<Option<String>, SyntaxErr> {
        let mut j = self.i;
        let digits = |j: &mut usize, p: &[char]| {
            let b = *j;
            while p.get(*j).is_some_and(|c| c.is_ascii_digit()) {
                *j += 1;
            }
            p[b..*j].iter().collect::<String>()
        };
        let lo = digits(&mut j, &self.p);
        let mut hi = None;
        if self.p.get(j) == Some(&',') {
            j += 1;
            hi = Some(digits(&mut j, &self.p));
        }
        if self.p.get(j) != Some(&'}') {
            return Ok(None);
        }
        if lo.is_empty() && hi.is_none() {
            return Ok(None);
        }
        self.i = j + 1;
        let lo_n: u64 = lo.parse().unwrap_or(0);
        let q = match hi {
            None => format!("{{{}}}", lo_n),
            Some(h) if h.is_empty() => format!("{{{},}}", lo_n),
            Some(h) => {
                let hi_n: u64 = h.parse().unwrap_or(u64::MAX);
                if hi_n < lo_n {
                    return err("min repeat greater than max repeat", start + 1);
                }
                format!("{{{},{}}}", lo_n, hi_n)
            }
        };
        Ok(Some(q))
    }

    fn open(&mut self, start: usize) -> Result<(), SyntaxErr> {
        self.can_repeat = false;
        self.after_repeat = 0;
        if self.peek(0) != Some('?') {
            self.new_group(start, "(".into());
            return Ok(());
        }
        self.i += 1;
        let Some(c) = self.peek(0) else {
            return err("unexpected end of pattern", self.i);
        };
        match c {
            ':' | '=' | '!' | '>' => {
                self.i += 1;
                self.push_open(start, 0, format!("(?{}", c));
            }
            '<' => {
                self.i += 1;
                match self.peek(0) {
                    Some(d @ ('=' | '!')) => {
                        self.i += 1;
                        self.push_open(start, 0, format!("(?<{}", d));
                    }
                    None => return err("unexpected end of pattern", self.i),
                    Some(d) => return err(format!("unknown extension ?<{}", d), start + 1),
                }
            }
            'P' => {
                self.i += 1;
                match self.peek(0) {
                    Some('<') => {
                        self.i += 1;
                        let name = self.group_name('>')?;
                        let num = self.groups + 1;
                        if let Some((_, old)) = self.names.iter().find(|(n, _)| *n == name) {
                            return err(
                                format!(
                                    "redefinition of group name '{}' as group {}; was group {}",
                                    name, num, old
                                ),
                                self.i - name.chars().count() - 1,
                            );
                        }
                        self.names.push((name.clone(), num));
                        self.new_group(start, format!("(?P<{}>", name));
                    }
                    Some('=') => {
                        self.i += 1;
                        let name = self.group_name(')')?;
                        let name_pos = self.i - name.chars().count() - 1;
                        let Some(&(_, num)) = self.names.iter().find(|(n, _)| *n == name) else {
                            return err(format!("unknown group name '{}'", name), name_pos);
                        };
                        if !self.closed[num] {
                            return err("cannot refer to an open group", start);
                        }
                        self.out.push_str(&format!("(?:\\{})", num));
                        self.atom();
                    }
                    None => return err("unexpected end of pattern", self.i),
                    Some(d) => return err(format!("unknown extension ?P{}", d), start + 1),
                }
            }
            '#' => {
                while let Some(d) = self.peek(0) {
                    self.i += 1;
                    if d == ')' {
                        return Ok(());
                    }
                }
                return err("missing ), unterminated comment", start);
            }
            '(' => {
                // Conditional `(?(1)yes|no)` / `(?(name)yes|no)`.
                self.i += 1;
                let name = self.group_name(')')?;
                let num = match name.parse::<usize>() {
                    Ok(n) => n,
                    Err(_) => match self.names.iter().find(|(n, _)| *n == name) {
                        Some(&(_, n)) => n,
                        None => {
                            return err(
                                format!("unknown group name '{}'", name),
                                self.i - name.chars().count() - 1,
                            )
                        }
                    },
                };
                self.push_open(start, 0, format!("(?({})", num));
            }
            _ => self.scoped_flags(start)?,
        }
        Ok(())
    }

    fn new_group(&mut self, start: usize, text: String) {
        self.groups += 1;
        let parent = self
            .stack
            .iter()
            .rev()
            .find(|o| o.group > 0)
            .map_or(0, |o| o.group);
        self.parents.push(parent);
        self.closed.push(false);
        self.push_open(start, self.groups, text);
    }

    fn push_open(&mut self, pos: usize, group: usize, text: String) {
        self.stack.push(Open { pos, group });
        self.out.push_str(&text);
    }

    /// A group name up to `end` (consumed), checked like CPython.
    fn group_name(&mut self, end: char) -> Result<String, SyntaxErr> {
        let begin = self.i;
        while let Some(c) = self.peek(0) {
            if c == end {
                let name: String = self.p[begin..self.i].iter().collect();
                self.i += 1;
                if name.is_empty() {
                    return err("missing group name", begin);
                }
                let ok = name.parse::<usize>().is_ok() && end == ')'
                    || name
                        .chars()
                        .next()
                        .is_some_and(|c| c.is_alphabetic() || c == '_')
                        && name.chars().all(|c| c.is_alphanumeric() || c == '_');
                if !ok {
                    return err(format!("bad character in group name '{}'", name), begin);
                }
                return Ok(name);
            }
            self.i += 1;
        }
        if end == '>' {
            err("missing >, unterminated name", begin)
        } else {
            err("missing ), unterminated name", begin)
        }
    }

    /// `(?i:...)`, `(?-i:...)`; a bare `(?i)` past the start is an error in 3.11.
    fn scoped_flags(&mut self, start: usize) -> Result<(), SyntaxErr> {
        let mut on = String::new();
        let mut off = String::new();
        let mut neg = false;
        loop {
            let Some(c) = self.peek(0) else {
                return err("missing -, : or )", self.i);
            };
            match c {
                '-' if !neg => neg = true,
                ':' => break,
                ')' if !neg => {
                    return err("global flags not at the start of the expression", start);
                }
                _ if flag_bit(c).is_some() => {
                    // Only i, m, s map onto the crate; a/u/L/x are handled globally.
                    if matches!(c, 'i' | 'm' | 's') {
                        if neg {
                            off.push(c)
                        } else {
                            on.push(c)
                        }
                    }
                }
                _ if on.is_empty() && off.is_empty() && !neg => {
                    return err(format!("unknown extension ?{}", c), start + 1);
                }
                _ => return err("missing -, : or )", self.i),
            }
            self.i += 1;
        }
        self.i += 1;
        let text = if off.is_empty() {
            format!("(?{}:", on)
        } else {
            format!("(?{}-{}:", on, off)
        };
        self.push_open(start, 0, text);
        Ok(())
    }

    /// A backslash escape outside a class, at character `start`.
    fn escape(&mut self, start: usize) -> Result<(), SyntaxErr> {
        let Some(c) = self.peek(0) else {
            return err("bad escape (end of pattern)", start);
        };
        self.i += 1;
        let ascii = self.ascii();
        match c {
            'd' | 'D' | 'w' | 'W' | 's' | 'S' => {
                let class = if ascii {
                    ascii_class(c)
                } else {
                    unicode_class(c)
                };
                self.out.push('[');
                self.out.push_str(class);
                self.out.push(']');
                self.atom();
            }
            'b' | 'B' => {
                if ascii {
                    // The crate cannot switch Unicode off inline; spell the boundary out.
                    self.assertion(if c == 'b' {
                        "(?:(?<=[[:word:]])(?![[:word:]])|(?<![[:word:]])(?=[[:word:]]))"
                    } else {
                        "(?:(?<=[[:word:]])(?=[[:word:]])|(?<![[:word:]])(?![[:word:]]))(?!\\A\\z)"
                    });
                } else if c == 'b' {
                    self.assertion("\\b");
                } else {
                    // CPython's \B never matches in an empty string.
                    self.assertion("\\B(?!\\A\\z)");
                }
            }
            'A' => self.assertion("\\A"),
            'Z' => self.assertion("\\z"),
            '0'..='9' => {
                if let Some(ch) = self.octal(c) {
                    push_literal(&mut self.out, ch, false);
                } else {
                    let mut num = c.to_digit(10).unwrap_or(0) as usize;
                    if let Some(d) = self.peek(0).and_then(|d| d.to_digit(10)) {
                        num = num * 10 + d as usize;
                        self.i += 1;
                    }
                    if num > self.groups {
                        return err(format!("invalid group reference {}", num), start + 1);
                    }
                    if !self.closed[num] {
                        return err("cannot refer to an open group", start);
                    }
                    self.out.push_str(&format!("(?:\\{})", num));
                }
                self.atom();
            }
            _ => {
                let ch = self.simple_escape(c, start, false)?;
                push_literal(&mut self.out, ch, false);
                self.atom();
            }
        }
        Ok(())
    }

    /// `\0`, `\0oo` and three-digit `\ooo` escapes (the digit `c` is consumed).
    fn octal(&mut self, c: char) -> Option<char> {
        let is_oct = |d: Option<char>| d.is_some_and(|d| ('0'..='7').contains(&d));
        if c == '0' {
            let mut v = 0u32;
            for _ in 0..2 {
                if is_oct(self.peek(0)) {
                    v = v * 8 + self.peek(0)?.to_digit(8)?;
                    self.i += 1;
                }
            }
            return char::from_u32(v);
        }
        if ('1'..='7').contains(&c) && is_oct(self.peek(0)) && is_oct(self.peek(1)) {
            let v =
                c.to_digit(8)? * 64 + self.peek(0)?.to_digit(8)? * 8 + self.peek(1)?.to_digit(8)?;
            self.i += 2;
            return char::from_u32(v);
        }
        None
    }

    /// Escapes that stand for one character (`\n`, `\x41`, `\.`), shared by
    /// classes and the top level. `c` (after the backslash) is consumed.
    fn simple_escape(&mut self, c: char, start: usize, in_class: bool) -> Result<char, SyntaxErr> {
        Ok(match c {
            'n' => '\n',
            't' => '\t',
            'r' => '\r',
            'f' => '\x0c',
            'v' => '\x0b',
            'a' => '\x07',
            'b' if in_class => '\x08',
            'x' | 'u' | 'U' => {
                let n = match c {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                let digits: String = self.p[self.i..]
                    .iter()
                    .take(n)
                    .take_while(|d| d.is_ascii_hexdigit())
                    .collect();
                if digits.chars().count() < n {
                    return err(format!("incomplete escape \\{}{}", c, digits), start);
                }
                self.i += n;
                let v = u32::from_str_radix(&digits, 16).unwrap_or(0);
                match char::from_u32(v) {
                    Some(ch) => ch,
                    None => return err(format!("bad escape \\{}{}", c, digits), start),
                }
            }
            _ if c.is_ascii_alphanumeric() => return err(format!("bad escape \\{}", c), start),
            _ => c,
        })
    }

    /// A character class `[...]` whose `[` is at `start` (already consumed).
    fn class(&mut self, start: usize) -> Result<(), SyntaxErr> {
        self.out.push('[');
        if self.peek(0) == Some('^') {
            self.out.push('^');
            self.i += 1;
        }
        let mut first = true;
        // The previous literal, for range checks.
        let mut prev: Option<char> = None;
        loop {
            let Some(c) = self.peek(0) else {
                return err("unterminated character set", start);
            };
            let at = self.i;
            self.i += 1;
            if c == ']' && !first {
                self.out.push(']');
                return Ok(());
            }
            first = false;
            let lit = match c {
                '\\' => {
                    let Some(e) = self.peek(0) else {
                        return err("unterminated character set", start);
                    };
                    self.i += 1;
                    match e {
                        'd' | 'D' | 'w' | 'W' | 's' | 'S' => {
                            if self.ascii() {
                                self.out.push_str(ascii_class(e));
                            } else {
                                self.out.push_str(unicode_class(e));
                            }
                            prev = None;
                            continue;
                        }
                        '0'..='7' => match self.octal(e) {
                            Some(ch) => ch,
                            None => return err(format!("bad escape \\{}", e), at),
                        },
                        _ => self.simple_escape(e, at, true)?,
                    }
                }
                '-' if prev.is_some() && self.peek(0).is_some_and(|n| n != ']') => {
                    // A range: the next item is its upper end.
                    let lo = prev.unwrap_or('\0');
                    let hi_at = self.i;
                    let hi = match self.peek(0) {
                        Some('\\') => {
                            self.i += 1;
                            let Some(e) = self.peek(0) else {
                                return err("unterminated character set", start);
                            };
                            self.i += 1;
                            if matches!(e, 'd' | 'D' | 'w' | 'W' | 's' | 'S') {
                                let text: String = self.p[at..self.i].iter().collect();
                                return err(format!("bad character range {}", text), at - 1);
                            }
                            match self.octal(e) {
                                Some(ch) => ch,
                                None => self.simple_escape(e, hi_at, true)?,
                            }
                        }
                        Some(h) => {
                            self.i += 1;
                            h
                        }
                        None => return err("unterminated character set", start),
                    };
                    if hi < lo {
                        let text: String = self.p[at - 1..self.i].iter().collect();
                        return err(format!("bad character range {}", text), at - 1);
                    }
                    self.out.push('-');
                    push_literal(&mut self.out, hi, true);
                    prev = None;
                    continue;
                }
                _ => c,
            };
            push_literal(&mut self.out, lit, true);
            prev = Some(lit);
        }
    }
}

/// The ASCII-only class for `\d`-style escapes under re.ASCII (inside brackets).
fn ascii_class(c: char) -> &'static str {
    match c {
        'd' => "[:digit:]",
        'D' => "[:^digit:]",
        'w' => "[:word:]",
        'W' => "[:^word:]",
        's' => "[:space:]",
        _ => "[:^space:]",
    }
}

/// CPython's Unicode classes (inside brackets): `\w` is `str.isalnum()` or
/// `_` (letters and numbers, not the crate's marks and connectors), `\s` is
/// `str.isspace()` (White_Space plus the separators \x1c-\x1f).
fn unicode_class(c: char) -> &'static str {
    match c {
        'd' => "\\d",
        'D' => "\\D",
        'w' => "\\p{L}\\p{N}_",
        'W' => "[^\\p{L}\\p{N}_]",
        's' => "\\s\\x{1c}-\\x{1f}",
        _ => "[^\\s\\x{1c}-\\x{1f}]",
    }
}

/// Appends `c` as a literal, escaped when the crate would read it as syntax.
fn push_literal(out: &mut String, c: char, in_class: bool) {
    let meta = if in_class {
        matches!(c, '\\' | '[' | ']' | '^' | '-' | '&' | '~')
    } else {
        matches!(
            c,
            '\\' | '.'
                | '+'
                | '*'
                | '?'
                | '('
                | ')'
                | '|'
                | '['
                | ']'
                | '{'
                | '}'
                | '^'
                | '$'
                | '#'
        )
    };
    if meta {
        out.push('\\');
        out.push(c);
    } else if c.is_whitespace() || c.is_control() {
        out.push_str(&format!("\\x{{{:x}}}", c as u32));
    } else {
        out.push(c);
    }
}

#[cfg(test)]
#[path = "re_syntax_tests.rs"]
mod tests;
