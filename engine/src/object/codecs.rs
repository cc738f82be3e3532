//! `str.encode` / `bytes.decode`: the codecs Krait knows (UTF-8, ASCII,
//! Latin-1, and UTF-16/32 in `wide`), with CPython's error handlers and
//! error messages.

#[path = "codecs_wide.rs"]
mod wide;

use crate::error::{PyErr, PyResult};
use crate::vm::Vm;

/// The codecs Krait knows, by normalised name.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Codec {
    Utf8,
    Ascii,
    Latin1,
    /// UTF-16/UTF-32 in a byte order; `bom` writes (and on decoding reads)
    /// a byte-order mark, as the plain `utf-16`/`utf-32` codecs do.
    Utf16 {
        big: bool,
        bom: bool,
    },
    Utf32 {
        big: bool,
        bom: bool,
    },
}

impl Codec {
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Utf16 { bom: true, .. } => "utf-16",
            Codec::Utf16 { big: false, .. } => "utf-16-le",
            Codec::Utf16 { big: true, .. } => "utf-16-be",
            Codec::Utf32 { bom: true, .. } => "utf-32",
            Codec::Utf32 { big: false, .. } => "utf-32-le",
            Codec::Utf32 { big: true, .. } => "utf-32-be",
        }
    }
}

pub(crate) fn lookup_codec(vm: &mut Vm, encoding: &str) -> PyResult<Codec> {
    let norm: String = encoding
        .trim()
        .to_ascii_lowercase()
        .replace(['_', ' '], "-");
    Ok(match norm.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => Codec::Utf8,
        "ascii" | "us-ascii" | "646" => Codec::Ascii,
        "latin-1" | "latin1" | "latin" | "iso-8859-1" | "iso8859-1" | "8859" | "cp819" | "l1"
        | "iso-ir-100" => Codec::Latin1,
        // The byte-order-marked codecs write the machine's order, as CPython's.
        "utf-16" | "utf16" | "u16" => Codec::Utf16 {
            big: cfg!(target_endian = "big"),
            bom: true,
        },
        "utf-16-le" | "utf-16le" => Codec::Utf16 {
            big: false,
            bom: false,
        },
        "utf-16-be" | "utf-16be" => Codec::Utf16 {
            big: true,
            bom: false,
        },
        "utf-32" | "utf32" | "u32" => Codec::Utf32 {
            big: cfg!(target_endian = "big"),
            bom: true,
        },
        "utf-32-le" | "utf-32le" => Codec::Utf32 {
            big: false,
            bom: false,
        },
        "utf-32-be" | "utf-32be" => Codec::Utf32 {
            big: true,
            bom: false,
        },
        _ => return Err(vm.new_error("LookupError", &format!("unknown encoding: {}", encoding))),
    })
}

/// Makes a Unicode error, falling back to ValueError's message shape if the
/// class is not registered.
pub(super) fn unicode_error(vm: &mut Vm, class: &str, msg: String) -> PyErr {
    vm.new_error(class, &msg)
}

pub(super) fn check_errors(vm: &mut Vm, errors: &str) -> PyResult<()> {
    match errors {
        "strict" | "ignore" | "replace" | "backslashreplace" | "xmlcharrefreplace"
        | "surrogateescape" => Ok(()),
        _ => Err(vm.new_error(
            "LookupError",
            &format!("unknown error handler name '{}'", errors),
        )),
    }
}

/// Encodes text with one of the supported codecs.
pub(crate) fn encode_str(vm: &mut Vm, s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = lookup_codec(vm, encoding)?;
    match codec {
        Codec::Utf8 => return Ok(s.as_bytes().to_vec()),
        // Text holds no lone surrogates, so these never fail.
        Codec::Utf16 { big, bom } => return Ok(wide::encode_utf16(s, big, bom)),
        Codec::Utf32 { big, bom } => return Ok(wide::encode_utf32(s, big, bom)),
        Codec::Ascii | Codec::Latin1 => {}
    }
    let limit: u32 = if codec == Codec::Ascii { 0x80 } else { 0x100 };
    let mut out = Vec::with_capacity(s.len());
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        match errors {
            "ignore" => {}
            "replace" => out.push(b'?'),
            "backslashreplace" => {
                let cp = c as u32;
                let esc = if cp < 0x100 {
                    format!("\\x{:02x}", cp)
                } else if cp < 0x10000 {
                    format!("\\u{:04x}", cp)
                } else {
                    format!("\\U{:08x}", cp)
                };
                out.extend_from_slice(esc.as_bytes());
            }
            "xmlcharrefreplace" => out.extend_from_slice(format!("&#{};", c as u32).as_bytes()),
            _ => {
                check_errors(vm, errors)?;
                let mut j = i;
                while j < chars.len() && chars[j] as u32 >= limit {
                    j += 1;
                }
                let range = if codec == Codec::Ascii {
                    "ordinal not in range(128)"
                } else {
                    "ordinal not in range(256)"
                };
                let msg = if j - i == 1 {
                    let cp = c as u32;
                    let r = if cp < 0x100 {
                        format!("\\x{:02x}", cp)
                    } else if cp < 0x10000 {
                        format!("\\u{:04x}", cp)
                    } else {
                        format!("\\U{:08x}", cp)
                    };
                    format!(
                        "'{}' codec can't encode character '{}' in position {}: {}",
                        codec.name(),
                        r,
                        i,
                        range
                    )
                } else {
                    format!(
                        "'{}' codec can't encode characters in position {}-{}: {}",
                        codec.name(),
                        i,
                        j - 1,
                        range
                    )
                };
                return Err(unicode_error(vm, "UnicodeEncodeError", msg));
            }
        }
        i += 1;
    }
    Ok(out)
}

/// Decodes bytes with one of the supported codecs.
pub(crate) fn decode_bytes(
    vm: &mut Vm,
    data: &[u8],
    encoding: &str,
    errors: &str,
) -> PyResult<String> {
    let codec = lookup_codec(vm, encoding)?;
    match codec {
        Codec::Utf16 { big, bom } => wide::decode_utf16(vm, data, big, bom, errors),
        Codec::Utf32 { big, bom } => wide::decode_utf32(vm, data, big, bom, errors),
        Codec::Latin1 => Ok(data.iter().map(|&b| b as char).collect()),
        Codec::Ascii => {
            let mut out = String::with_capacity(data.len());
            for (i, &b) in data.iter().enumerate() {
                if b < 0x80 {
                    out.push(b as char);
                    continue;
                }
                match errors {
                    "ignore" => {}
                    "replace" => out.push('\u{fffd}'),
                    "backslashreplace" => out.push_str(&format!("\\x{:02x}", b)),
                    _ => {
                        check_errors(vm, errors)?;
                        let msg = format!(
                            "'ascii' codec can't decode byte 0x{:02x} in position {}: ordinal not in range(128)",
                            b, i
                        );
                        return Err(unicode_error(vm, "UnicodeDecodeError", msg));
                    }
                }
            }
            Ok(out)
        }
        Codec::Utf8 => {
            let mut out = String::with_capacity(data.len());
            let mut pos = 0;
            loop {
                match std::str::from_utf8(&data[pos..]) {
                    Ok(s) => {
                        out.push_str(s);
                        return Ok(out);
                    }
                    Err(e) => {
                        let good = e.valid_up_to();
                        // SAFETY-free: from_utf8 guarantees the prefix is valid.
                        out.push_str(std::str::from_utf8(&data[pos..pos + good]).unwrap_or(""));
                        let at = pos + good;
                        let bad_len = e.error_len().unwrap_or(data.len() - at);
                        match errors {
                            "ignore" => {}
                            "replace" => out.push('\u{fffd}'),
                            "backslashreplace" => {
                                for b in &data[at..at + bad_len] {
                                    out.push_str(&format!("\\x{:02x}", b));
                                }
                            }
                            _ => {
                                check_errors(vm, errors)?;
                                let b = data[at];
                                let msg = match e.error_len() {
                                    None if data.len() - at > 1 => format!(
                                        "'utf-8' codec can't decode bytes in position {}-{}: unexpected end of data",
                                        at,
                                        data.len() - 1
                                    ),
                                    None => format!(
                                        "'utf-8' codec can't decode byte 0x{:02x} in position {}: unexpected end of data",
                                        b, at
                                    ),
                                    Some(_) => {
                                        let reason = if (0xc2..=0xf4).contains(&b) {
                                            "invalid continuation byte"
                                        } else {
                                            "invalid start byte"
                                        };
                                        format!("'utf-8' codec can't decode byte 0x{:02x} in position {}: {}", b, at, reason)
                                    }
                                };
                                return Err(unicode_error(vm, "UnicodeDecodeError", msg));
                            }
                        }
                        pos = at + bad_len;
                        if pos >= data.len() {
                            return Ok(out);
                        }
                    }
                }
            }
        }
    }
}
