//! UTF-16 and UTF-32 in either byte order, with the byte-order mark the
//! plain `utf-16`/`utf-32` codecs write and read, and CPython's decode
//! errors (truncated data, lone surrogates, code points out of range).

use super::{check_errors, unicode_error};
use crate::error::PyResult;
use crate::vm::Vm;

pub(super) fn encode_utf16(s: &str, big: bool, bom: bool) -> Vec<u8> {
    encode_units(s.encode_utf16().map(u32::from), 2, big, bom)
}

pub(super) fn encode_utf32(s: &str, big: bool, bom: bool) -> Vec<u8> {
    encode_units(s.chars().map(|c| c as u32), 4, big, bom)
}

/// Code units of `width` bytes in the byte order asked for, behind a
/// byte-order mark if `bom`.
fn encode_units(units: impl Iterator<Item = u32>, width: usize, big: bool, bom: bool) -> Vec<u8> {
    let mut out = Vec::new();
    let mut put = |u: u32| {
        let bytes = if big {
            u.to_be_bytes()
        } else {
            u.to_le_bytes()
        };
        // The unit's bytes are the low `width` of the word.
        out.extend_from_slice(if big {
            &bytes[4 - width..]
        } else {
            &bytes[..width]
        });
    };
    if bom {
        put(0xfeff);
    }
    units.for_each(put);
    out
}

/// The byte order a marked decode uses: the mark's, else the machine's;
/// and how many bytes the mark took.
fn read_bom(data: &[u8], width: usize, big: bool) -> (bool, usize) {
    let le: &[u8] = if width == 2 {
        &[0xff, 0xfe]
    } else {
        &[0xff, 0xfe, 0, 0]
    };
    let be: &[u8] = if width == 2 {
        &[0xfe, 0xff]
    } else {
        &[0, 0, 0xfe, 0xff]
    };
    if data.starts_with(le) {
        (false, width)
    } else if data.starts_with(be) {
        (true, width)
    } else {
        (big, 0)
    }
}

/// Applies `errors` to the bad bytes `data[start..end]` (`reason` says why):
/// appends the replacement, or raises CPython's UnicodeDecodeError.
fn bad_bytes(
    vm: &mut Vm,
    out: &mut String,
    codec: &str,
    data: &[u8],
    (start, end): (usize, usize),
    reason: &str,
    errors: &str,
) -> PyResult<()> {
    match errors {
        "ignore" => Ok(()),
        "replace" => {
            out.push('\u{fffd}');
            Ok(())
        }
        "backslashreplace" => {
            for b in &data[start..end] {
                out.push_str(&format!("\\x{:02x}", b));
            }
            Ok(())
        }
        _ => {
            check_errors(vm, errors)?;
            let msg = if end - start == 1 {
                format!(
                    "'{}' codec can't decode byte 0x{:02x} in position {}: {}",
                    codec, data[start], start, reason
                )
            } else {
                format!(
                    "'{}' codec can't decode bytes in position {}-{}: {}",
                    codec,
                    start,
                    end - 1,
                    reason
                )
            };
            Err(unicode_error(vm, "UnicodeDecodeError", msg))
        }
    }
}

pub(super) fn decode_utf16(
    vm: &mut Vm,
    data: &[u8],
    big: bool,
    bom: bool,
    errors: &str,
) -> PyResult<String> {
    let (big, mut at) = if bom {
        read_bom(data, 2, big)
    } else {
        (big, 0)
    };
    // Errors name the byte order the text turned out to have.
    let codec = if big { "utf-16-be" } else { "utf-16-le" };
    let unit = |i: usize| {
        let pair = [data[i], data[i + 1]];
        if big {
            u16::from_be_bytes(pair)
        } else {
            u16::from_le_bytes(pair)
        }
    };
    let mut out = String::with_capacity(data.len() / 2);
    while at < data.len() {
        if data.len() - at < 2 {
            bad_bytes(
                vm,
                &mut out,
                codec,
                data,
                (at, data.len()),
                "truncated data",
                errors,
            )?;
            break;
        }
        let u = unit(at);
        match u {
            0xd800..=0xdbff => {
                if data.len() - at < 4 {
                    let end = data.len();
                    let reason = "unexpected end of data";
                    bad_bytes(vm, &mut out, codec, data, (at, end), reason, errors)?;
                    break;
                }
                let low = unit(at + 2);
                if (0xdc00..=0xdfff).contains(&low) {
                    let c = 0x10000 + (((u as u32) - 0xd800) << 10) + ((low as u32) - 0xdc00);
                    out.push(char::from_u32(c).unwrap_or('\u{fffd}'));
                    at += 4;
                } else {
                    let reason = "illegal UTF-16 surrogate";
                    bad_bytes(vm, &mut out, codec, data, (at, at + 2), reason, errors)?;
                    at += 2;
                }
            }
            0xdc00..=0xdfff => {
                bad_bytes(
                    vm,
                    &mut out,
                    codec,
                    data,
                    (at, at + 2),
                    "illegal encoding",
                    errors,
                )?;
                at += 2;
            }
            _ => {
                out.push(char::from_u32(u as u32).unwrap_or('\u{fffd}'));
                at += 2;
            }
        }
    }
    Ok(out)
}

pub(super) fn decode_utf32(
    vm: &mut Vm,
    data: &[u8],
    big: bool,
    bom: bool,
    errors: &str,
) -> PyResult<String> {
    let (big, mut at) = if bom {
        read_bom(data, 4, big)
    } else {
        (big, 0)
    };
    let codec = if big { "utf-32-be" } else { "utf-32-le" };
    let mut out = String::with_capacity(data.len() / 4);
    while at < data.len() {
        if data.len() - at < 4 {
            bad_bytes(
                vm,
                &mut out,
                codec,
                data,
                (at, data.len()),
                "truncated data",
                errors,
            )?;
            break;
        }
        let word = [data[at], data[at + 1], data[at + 2], data[at + 3]];
        let cp = if big {
            u32::from_be_bytes(word)
        } else {
            u32::from_le_bytes(word)
        };
        match char::from_u32(cp) {
            Some(c) => out.push(c),
            None => {
                let reason = if (0xd800..0xe000).contains(&cp) {
                    "code point in surrogate code point range(0xd800, 0xe000)"
                } else {
                    "code point not in range(0x110000)"
                };
                bad_bytes(vm, &mut out, codec, data, (at, at + 4), reason, errors)?;
            }
        }
        at += 4;
    }
    Ok(out)
}
