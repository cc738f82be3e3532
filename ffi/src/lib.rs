//! Krait's C ABI, declared in `include/krait.h`: a VM handle, checked value
//! handles, errors readable after a failure, and native functions. Every
//! exported function catches panics and reports them as `KR_ERROR_INTERNAL`.

#![allow(non_camel_case_types)]
#![allow(clippy::missing_safety_doc)] // each extern fn states its contract in krait.h

mod alloc;
mod errors;
mod exec;
mod exports;
pub mod extension;
mod future;
mod handles;
mod host_class;
mod native;
pub mod status;
mod stdio;
mod values;
mod vm;

pub use future::kr_pending;
pub use vm::{kr_config, kr_vm, API_VERSION};

#[cfg(feature = "memory-accounting")]
#[global_allocator]
static ALLOCATOR: alloc::CountingAlloc = alloc::CountingAlloc;

// Without accounting, only a chosen base allocator needs declaring.
#[cfg(all(feature = "mimalloc", not(feature = "memory-accounting")))]
#[global_allocator]
static ALLOCATOR: alloc::Base = alloc::Base;
