//! `str`: immutable Unicode text with a cached hash and an ASCII flag for
//! O(1) indexing (CPython's compact ASCII strings play the same role).
//! Non-ASCII text keeps its length in code points and, once indexed, the
//! byte offset of every `STRIDE`-th code point, so `s[i]` stays O(1)-ish
//! instead of a scan from the start (which made parsing loops quadratic).

use std::cell::{Cell, OnceCell};

/// Code points between two entries of the offset index.
const STRIDE: usize = 32;

#[derive(Debug)]
pub struct StrObj {
    s: String,
    /// 0 means "not computed yet" (a real hash of 0 is stored as 1... see `hash`).
    hash: Cell<i64>,
    ascii: bool,
    /// Length in code points.
    chars: usize,
    /// Byte offset of code point `k * STRIDE` (non-ASCII text only, built on first index).
    offsets: OnceCell<Box<[u32]>>,
}

impl StrObj {
    pub fn new(s: String) -> StrObj {
        let ascii = s.is_ascii();
        let chars = if ascii { s.len() } else { s.chars().count() };
        StrObj {
            s,
            hash: Cell::new(0),
            ascii,
            chars,
            offsets: OnceCell::new(),
        }
    }

    fn offsets(&self) -> &[u32] {
        self.offsets.get_or_init(|| {
            self.s
                .char_indices()
                .step_by(STRIDE)
                .map(|(b, _)| b as u32)
                .collect()
        })
    }

    /// Byte offset of code point `index` (the text's byte length past the end).
    pub fn byte_offset(&self, index: usize) -> usize {
        if self.ascii {
            return index.min(self.s.len());
        }
        if index >= self.chars {
            return self.s.len();
        }
        let start = self.offsets()[index / STRIDE] as usize;
        let rest = index % STRIDE;
        match self.s[start..].char_indices().nth(rest) {
            Some((b, _)) => start + b,
            None => self.s.len(),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.s
    }

    pub fn is_ascii(&self) -> bool {
        self.ascii
    }

    /// Length in code points.
    pub fn char_len(&self) -> usize {
        self.chars
    }

    /// The code point at `index` (0-based, in range).
    pub fn char_at(&self, index: usize) -> Option<char> {
        if self.ascii {
            self.s.as_bytes().get(index).map(|&b| b as char)
        } else if index >= self.chars {
            None
        } else {
            self.s[self.byte_offset(index)..].chars().next()
        }
    }

    /// Hash of the text (stable within a process, as Python's is per run).
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != 0 {
            return h;
        }
        let h = hash_str(&self.s);
        self.hash.set(h);
        h
    }
}

/// The hash every str-keyed lookup uses (FNV-1a folded; never 0 or -1).
pub fn hash_str(s: &str) -> i64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in s.as_bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h ^= h >> 29;
    let h = (h >> 1) as i64;
    match h {
        0 => 1,
        -1 => -2,
        h => h,
    }
}
