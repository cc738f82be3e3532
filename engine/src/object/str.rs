//! `str`: immutable Unicode text with a cached hash and an ASCII flag for
//! O(1) indexing (CPython's compact ASCII strings play the same role);
//! non-ASCII text gets a code-point offset table on first indexing, so
//! `s[i]` stays O(1) there too.

use std::cell::{Cell, OnceCell};

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
    /// Non-ASCII text only: the byte offset of every code point plus a
    /// final entry for the text's length, built on first indexing so `s[i]`
    /// and slicing are O(1), not O(i) (4 bytes a code point; CPython's wide
    /// strings spend 1-4).
    index: OnceCell<Box<[u32]>>,
}

impl StrObj {
    pub fn new(s: String) -> StrObj {
        let ascii = s.is_ascii();
        StrObj::with_text(Text::from_string(s), ascii)
    }

    /// Like `new`, for a `String` the caller knows to be ASCII (bytes picked
    /// from an ASCII str), so the text is not scanned again.
    pub fn from_ascii_string(s: String) -> StrObj {
        debug_assert!(s.is_ascii());
        StrObj::with_text(Text::from_string(s), true)
    }

    /// A str copied from borrowed text (stored inline when short).
    pub fn copied(s: &str) -> StrObj {
        StrObj::with_text(Text::from_str(s), s.is_ascii())
    }

    /// Like `copied`, for text the caller knows to be ASCII (a piece of an
    /// ASCII str).
    pub fn copied_ascii(s: &str) -> StrObj {
        debug_assert!(s.is_ascii());
        StrObj::with_text(Text::from_str(s), true)
    }

    /// The concatenation of `parts` (`a + b`, f-strings), built in place.
    pub fn concat<'a>(parts: impl Iterator<Item = &'a str> + Clone) -> StrObj {
        let text = Text::concat(parts);
        let ascii = text.as_str().is_ascii();
        StrObj::with_text(text, ascii)
    }

    /// Like `concat`, when the caller knows whether every part is ASCII
    /// (each StrObj does), so the result is not scanned again.
    pub fn concat_known<'a>(parts: impl Iterator<Item = &'a str> + Clone, ascii: bool) -> StrObj {
        let text = Text::concat(parts);
        debug_assert_eq!(ascii, text.as_str().is_ascii());
        StrObj::with_text(text, ascii)
    }

    /// `sep.join(parts)` built in place: `total` is the result's length in
    /// bytes and `ascii` whether `sep` and every part are ASCII (both known
    /// from the parts' StrObjs, so nothing is scanned or measured twice).
    pub fn join<'a>(
        sep: &str,
        parts: impl Iterator<Item = &'a str>,
        total: usize,
        ascii: bool,
    ) -> StrObj {
        let text = if total <= INLINE {
            let mut buf = [0u8; INLINE];
            let mut at = 0;
            for (i, p) in parts.enumerate() {
                if i > 0 {
                    buf[at..at + sep.len()].copy_from_slice(sep.as_bytes());
                    at += sep.len();
                }
                buf[at..at + p.len()].copy_from_slice(p.as_bytes());
                at += p.len();
            }
            // Whole `&str`s one after another, as `Text::as_str` relies on.
            Text::Inline { len: at as u8, buf }
        } else {
            let mut out = String::with_capacity(total);
            for (i, p) in parts.enumerate() {
                if i > 0 {
                    out.push_str(sep);
                }
                out.push_str(p);
            }
            Text::Heap(out)
        };
        debug_assert_eq!(text.as_str().len(), total);
        debug_assert_eq!(ascii, text.as_str().is_ascii());
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
        self.append_known(tail, tail.is_ascii());
    }

    /// Like `append`, when the caller knows whether `tail` is ASCII.
    pub fn append_known(&mut self, tail: &str, tail_ascii: bool) {
        debug_assert_eq!(tail_ascii, tail.is_ascii());
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
        self.ascii &= tail_ascii;
        self.hash.set(0);
        self.chars.take();
        self.index.take();
    }

    pub fn is_ascii(&self) -> bool {
        self.ascii
    }

    /// `sub in self`.
    pub fn contains_str(&self, sub: &StrObj) -> bool {
        match sub.as_str().as_bytes() {
            // `ch in " \t\n"`: a one-byte needle is ASCII, found by a byte
            // scan without setting up a substring searcher.
            [c] => self.as_str().bytes().any(|b| b == *c),
            _ => self.as_str().contains(sub.as_str()),
        }
    }

    /// Length in code points.
    pub fn char_len(&self) -> usize {
        if self.ascii {
            self.as_str().len()
        } else {
            *self.chars.get_or_init(|| self.as_str().chars().count())
        }
    }

    /// The code point at `index` (0-based), or None past the end.
    #[inline]
    pub fn char_at(&self, index: usize) -> Option<char> {
        if self.ascii {
            return self.as_str().as_bytes().get(index).map(|&b| b as char);
        }
        let table = self.offsets();
        if table.is_empty() {
            return self.as_str().chars().nth(index);
        }
        let b = *table.get(index)? as usize;
        match self.as_str().as_bytes().get(b) {
            // An ASCII char of mixed text: its byte is the char.
            Some(&c) if c.is_ascii() => Some(c as char),
            _ => self.as_str().get(b..)?.chars().next(),
        }
    }

    /// Byte offset of code point `idx`, or the text's length when past the end.
    pub fn byte_offset(&self, idx: usize) -> usize {
        let len = self.as_str().len();
        if self.ascii {
            return idx.min(len);
        }
        let table = self.offsets();
        if table.is_empty() {
            let mut at = self.as_str().char_indices().map(|(b, _)| b);
            return at.nth(idx).unwrap_or(len);
        }
        match table.get(idx) {
            Some(&b) => b as usize,
            None => len,
        }
    }

    /// The offset table of non-ASCII text (see `index`; never empty, as even
    /// "" has its end entry). Text of 4 GiB or more cannot use u32 offsets
    /// and gets an empty table: lookups then walk.
    fn offsets(&self) -> &[u32] {
        self.index.get_or_init(|| {
            let s = self.as_str();
            if u32::try_from(s.len()).is_err() {
                return Box::new([]);
            }
            let mut v = Vec::with_capacity(self.char_len() + 1);
            v.extend(s.char_indices().map(|(b, _)| b as u32));
            v.push(s.len() as u32);
            v.into_boxed_slice()
        })
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
