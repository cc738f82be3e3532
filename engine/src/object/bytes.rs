//! `bytes` and `bytearray`: byte strings (bytes is never mutated after creation).

use std::cell::RefCell;

pub struct BytesObj {
    pub data: RefCell<Vec<u8>>,
}

impl BytesObj {
    pub fn new(data: Vec<u8>) -> BytesObj {
        BytesObj {
            data: RefCell::new(data),
        }
    }
}
