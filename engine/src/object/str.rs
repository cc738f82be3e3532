//! `str`: immutable Unicode text with a cached hash and an ASCII flag for
//! O(1) indexing (CPython's compact ASCII strings play the same role).

use std::cell::{Cell, OnceCell};

/// Code points between entries of the sparse offset index of non-ASCII text.
const INDEX_STEP: usize = 64;

/// The sparse offset index of non-ASCII text, built on first indexing.
#[derive(Debug)]
struct CharIndex {
    /// Byte offset of every INDEX_STEP-th code point.
    offsets: Box<[usize]>,
    /// The last (code point, byte offset) looked up.
    cursor: Cell<(usize, usize)>,
}

#[derive(Debug)]
pub struct StrObj {
    s: String,
    /// 0 means "not computed yet" (a real hash of 0 is stored as 1... see `hash`).
    hash: Cell<i64>,
    ascii: bool,
    /// Non-ASCII text only: the code-point count, once computed.
    chars: OnceCell<usize>,
    /// Non-ASCII text only: byte offset of every INDEX_STEP-th code point,
    /// built on first indexing so `s[i]` is O(1) amortised, not O(i).
    index: OnceCell<Box<CharIndex>>,
}

impl StrObj {
    pub fn new(s: String) -> StrObj {
        let ascii = s.is_ascii();
        StrObj {
            s,
            hash: Cell::new(0),
            ascii,
            chars: OnceCell::new(),
            index: OnceCell::new(),
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
        if self.ascii {
            self.s.len()
        } else {
            *self.chars.get_or_init(|| self.s.chars().count())
        }
    }

    /// The code point at `index` (0-based, in range).
    pub fn char_at(&self, index: usize) -> Option<char> {
        if self.ascii {
            self.s.as_bytes().get(index).map(|&b| b as char)
        } else {
            let b = self.byte_offset(index);
            self.s[b..].chars().next()
        }
    }

    /// Byte offset of code point `idx`, or the text's length when past the end.
    pub fn byte_offset(&self, idx: usize) -> usize {
        if self.ascii {
            return idx.min(self.s.len());
        }
        let index = self.index.get_or_init(|| {
            Box::new(CharIndex {
                offsets: self
                    .s
                    .char_indices()
                    .step_by(INDEX_STEP)
                    .map(|(b, _)| b)
                    .collect(),
                cursor: Cell::new((0, 0)),
            })
        });
        let Some(&block) = index.offsets.get(idx / INDEX_STEP) else {
            return self.s.len();
        };
        // Walk from the nearer known point before `idx`: its block's start,
        // or the last position asked for (scanners ask for i, i+1, ...).
        let (mut from_char, mut from_byte) = (idx - idx % INDEX_STEP, block);
        let (cc, cb) = index.cursor.get();
        if cc <= idx && cc > from_char {
            (from_char, from_byte) = (cc, cb);
        }
        let b = self.s[from_byte..]
            .char_indices()
            .nth(idx - from_char)
            .map(|(b, _)| from_byte + b)
            .unwrap_or(self.s.len());
        index.cursor.set((idx, b));
        b
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
