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

/// Text up to this many bytes is stored inside the object itself, so a
/// short string is one allocation (the `Rc`) instead of two.
const INLINE: usize = 23;

/// The bytes of a str: inline when short, else an owned heap buffer.
enum Text {
    Inline { len: u8, buf: [u8; INLINE] },
    Heap(String),
}

impl Text {
    fn from_str(s: &str) -> Text {
        if s.len() <= INLINE {
            let mut buf = [0u8; INLINE];
            buf[..s.len()].copy_from_slice(s.as_bytes());
            Text::Inline {
                len: s.len() as u8,
                buf,
            }
        } else {
            Text::Heap(s.to_string())
        }
    }

    /// Short or long, an already built `String` keeps its buffer: copying it
    /// inline would cost as much as the allocation it saves.
    fn from_string(s: String) -> Text {
        Text::Heap(s)
    }

    fn concat<'a>(parts: impl Iterator<Item = &'a str> + Clone) -> Text {
        let total: usize = parts.clone().map(str::len).sum();
        if total <= INLINE {
            let mut buf = [0u8; INLINE];
            let mut at = 0;
            for p in parts {
                buf[at..at + p.len()].copy_from_slice(p.as_bytes());
                at += p.len();
            }
            Text::Inline {
                len: total as u8,
                buf,
            }
        } else {
            let mut s = String::with_capacity(total);
            for p in parts {
                s.push_str(p);
            }
            Text::Heap(s)
        }
    }

    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Text::Inline { len, buf } => {
                let bytes = &buf[..*len as usize];
                // SAFETY: `buf[..len]` is a byte-for-byte copy of a whole `&str`
                // (`from_str`) or of whole `&str`s one after another (`concat`),
                // and is only ever extended by whole `&str`s (`append`), so
                // it is valid UTF-8.
                unsafe { std::str::from_utf8_unchecked(bytes) }
            }
            Text::Heap(s) => s,
        }
    }
}

impl std::fmt::Debug for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self.as_str(), f)
    }
}

#[derive(Debug)]
pub struct StrObj {
    s: Text,
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
        StrObj::with_text(Text::from_string(s), ascii)
    }

    /// A str copied from borrowed text (stored inline when short).
    pub fn copied(s: &str) -> StrObj {
        StrObj::with_text(Text::from_str(s), s.is_ascii())
    }

    /// The concatenation of `parts` (`a + b`, f-strings), built in place.
    pub fn concat<'a>(parts: impl Iterator<Item = &'a str> + Clone) -> StrObj {
        let text = Text::concat(parts);
        let ascii = text.as_str().is_ascii();
        StrObj::with_text(text, ascii)
    }

    fn with_text(s: Text, ascii: bool) -> StrObj {
        StrObj {
            s,
            hash: Cell::new(0),
            ascii,
            chars: OnceCell::new(),
            index: OnceCell::new(),
        }
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        self.s.as_str()
    }

    /// Appends `tail` in place (for a str nothing else references, see
    /// vm/str_concat.rs); the buffer grows geometrically, so repeated
    /// appends cost linear time in all.
    pub fn append(&mut self, tail: &str) {
        match &mut self.s {
            Text::Heap(s) => s.push_str(tail),
            Text::Inline { len, buf } if *len as usize + tail.len() <= INLINE => {
                // Still short: stays inside the object (whole `&str`s are
                // copied one after another, as `Text::as_str` relies on).
                let at = *len as usize;
                buf[at..at + tail.len()].copy_from_slice(tail.as_bytes());
                *len += tail.len() as u8;
            }
            Text::Inline { .. } => {
                let head = self.s.as_str();
                let mut s = String::with_capacity((head.len() + tail.len()) * 2);
                s.push_str(head);
                s.push_str(tail);
                self.s = Text::Heap(s);
            }
        }
        self.ascii &= tail.is_ascii();
        self.hash.set(0);
        self.chars.take();
        self.index.take();
    }

    pub fn is_ascii(&self) -> bool {
        self.ascii
    }

    /// Length in code points.
    pub fn char_len(&self) -> usize {
        if self.ascii {
            self.as_str().len()
        } else {
            *self.chars.get_or_init(|| self.as_str().chars().count())
        }
    }

    /// The code point at `index` (0-based, in range).
    pub fn char_at(&self, index: usize) -> Option<char> {
        if self.ascii {
            self.as_str().as_bytes().get(index).map(|&b| b as char)
        } else {
            let b = self.byte_offset(index);
            self.as_str()[b..].chars().next()
        }
    }

    /// Byte offset of code point `idx`, or the text's length when past the end.
    pub fn byte_offset(&self, idx: usize) -> usize {
        if self.ascii {
            return idx.min(self.as_str().len());
        }
        let index = self.index.get_or_init(|| {
            Box::new(CharIndex {
                offsets: self
                    .as_str()
                    .char_indices()
                    .step_by(INDEX_STEP)
                    .map(|(b, _)| b)
                    .collect(),
                cursor: Cell::new((0, 0)),
            })
        });
        let Some(&block) = index.offsets.get(idx / INDEX_STEP) else {
            return self.as_str().len();
        };
        // Walk from the nearer known point before `idx`: its block's start,
        // or the last position asked for (scanners ask for i, i+1, ...).
        let (mut from_char, mut from_byte) = (idx - idx % INDEX_STEP, block);
        let (cc, cb) = index.cursor.get();
        if cc <= idx && cc > from_char {
            (from_char, from_byte) = (cc, cb);
        }
        let b = self.as_str()[from_byte..]
            .char_indices()
            .nth(idx - from_char)
            .map(|(b, _)| from_byte + b)
            .unwrap_or(self.as_str().len());
        index.cursor.set((idx, b));
        b
    }

    /// Hash of the text (stable within a process, as Python's is per run).
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != 0 {
            return h;
        }
        let h = hash_str(self.as_str());
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
