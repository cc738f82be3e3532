//! Native state of instances of host classes (C API): a host pointer, the
//! tag of the host class that made it, and the host's finaliser, which runs
//! exactly once when the instance is freed.

pub struct HostData {
    pub ptr: usize,
    /// Identifies the host class definition (checked by `kr_object_ptr`).
    pub tag: usize,
    finalizer: Option<Box<dyn FnOnce(usize)>>,
}

impl HostData {
    pub fn new(ptr: usize, tag: usize, finalizer: Option<Box<dyn FnOnce(usize)>>) -> HostData {
        HostData {
            ptr,
            tag,
            finalizer,
        }
    }
}

impl Drop for HostData {
    fn drop(&mut self) {
        if let Some(f) = self.finalizer.take() {
            f(self.ptr);
        }
    }
}
