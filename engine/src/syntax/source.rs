//! Offset → (line, column) mapping over the normalized source text, with
//! columns counted in characters like CPython's `col_offset`.

use crate::ast::Loc;

pub(crate) struct SourceMap<'a> {
    pub text: &'a str,
    starts: Vec<usize>,
    ascii: Vec<bool>,
}

impl<'a> SourceMap<'a> {
    pub fn new(text: &'a str) -> Self {
        let mut starts = vec![0];
        let mut ascii = Vec::new();
        let mut line_ascii = true;
        for (i, &b) in text.as_bytes().iter().enumerate() {
            if b == b'\n' {
                ascii.push(line_ascii);
                line_ascii = true;
                starts.push(i + 1);
            } else if b >= 0x80 {
                line_ascii = false;
            }
        }
        ascii.push(line_ascii);
        SourceMap {
            text,
            starts,
            ascii,
        }
    }

    fn index(&self, offset: usize) -> usize {
        self.starts
            .partition_point(|&s| s <= offset)
            .saturating_sub(1)
    }

    /// 1-based line of a byte offset.
    pub fn line_of(&self, offset: usize) -> u32 {
        self.index(offset) as u32 + 1
    }

    /// Line (1-based) and column (0-based, in characters) of a byte offset.
    pub fn loc(&self, offset: usize) -> Loc {
        let idx = self.index(offset);
        let start = self.starts[idx];
        let offset = offset.min(self.text.len());
        let col = if self.ascii[idx] {
            offset - start
        } else {
            let mut end = offset;
            while !self.text.is_char_boundary(end) {
                end -= 1;
            }
            self.text[start..end].chars().count()
        };
        Loc {
            line: idx as u32 + 1,
            col: col as u32,
        }
    }
}
