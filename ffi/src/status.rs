//! `kr_status`: the result of every C API call that can fail (see krait.h).

#![allow(non_camel_case_types)]

pub type kr_status = i32;

pub const KR_OK: kr_status = 0;
pub const KR_ERROR_EXCEPTION: kr_status = 1;
pub const KR_ERROR_LIMIT: kr_status = 2;
pub const KR_ERROR_INTERRUPTED: kr_status = 3;
pub const KR_ERROR_BAD_HANDLE: kr_status = 4;
pub const KR_ERROR_BAD_ARGUMENT: kr_status = 5;
pub const KR_ERROR_WRONG_THREAD: kr_status = 6;
pub const KR_ERROR_TYPE: kr_status = 7;
pub const KR_ERROR_OVERFLOW: kr_status = 8;
pub const KR_ERROR_VERSION: kr_status = 9;
pub const KR_ERROR_INTERNAL: kr_status = 10;
pub const KR_ERROR_STATE: kr_status = 11;
