//! Script output when the host gives no output callback: C's own `stdout`
//! and `stderr` streams, so `print` from a script and the host's `printf`
//! share one buffer and appear in the order they ran (writing to file
//! descriptor 1 directly would overtake whatever C still buffers).

use std::ffi::c_void;

extern "C" {
    #[cfg_attr(target_os = "macos", link_name = "__stdoutp")]
    static stdout: *mut libc::FILE;
    #[cfg_attr(target_os = "macos", link_name = "__stderrp")]
    static stderr: *mut libc::FILE;
}

fn write(stream: *mut libc::FILE, s: &str) {
    // SAFETY: `stream` is C's stdout or stderr, valid for the whole process;
    // fwrite reads exactly `s.len()` bytes from the str.
    unsafe { libc::fwrite(s.as_ptr() as *const c_void, 1, s.len(), stream) };
}

pub fn write_stdout(s: &str) {
    // SAFETY: reading the C library's `stdout` pointer (set before main).
    write(unsafe { stdout }, s);
}

/// Flushes C's stdout first, so stderr text comes after the output before it.
pub fn write_stderr(s: &str) {
    flush_stdout();
    // SAFETY: as above, for `stderr`.
    write(unsafe { stderr }, s);
}

pub fn flush_stdout() {
    // SAFETY: fflush on C's live stdout stream.
    unsafe { libc::fflush(stdout) };
}
