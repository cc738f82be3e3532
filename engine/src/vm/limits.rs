//! Run limits a host sets on a VM: an instruction budget, a wall-clock
//! deadline and an interrupt flag another thread may raise. They are checked
//! on loop back-edges and calls, so even `while True: pass` stops. A stop
//! unwinds the whole script stack without running `except` handlers (the
//! script cannot catch it) and leaves the VM usable for the next call.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::error::{PyErr, PyResult};
use crate::vm::Vm;

/// How many instructions run between checks of the clock and the interrupt flag.
const CHECK_INTERVAL: i64 = 10_000;

/// Why a run was stopped from outside the script.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Halt {
    InstructionLimit,
    TimeLimit,
    Interrupted,
}

impl Halt {
    pub fn message(self) -> &'static str {
        match self {
            Halt::InstructionLimit => "instruction limit exceeded",
            Halt::TimeLimit => "time limit exceeded",
            Halt::Interrupted => "interrupted",
        }
    }
}

pub type MemoryProbe = Box<dyn Fn() -> usize>;

#[derive(Default)]
pub struct Limits {
    /// Bytes the VM may use (None: unlimited); needs `memory_probe`.
    pub max_memory: Option<usize>,
    /// Reports the bytes the VM uses now (the C API counts its allocations).
    pub memory_probe: Option<MemoryProbe>,
    /// Instructions one run may execute (None: unlimited).
    pub max_instructions: Option<u64>,
    /// Wall-clock time one run may take (None: unlimited).
    pub time_limit: Option<Duration>,
    /// Set from any thread to stop the running script.
    pub interrupt: Arc<AtomicBool>,
    deadline: Option<Instant>,
    /// Instructions executed since `start_run`, up to the current window.
    used: u64,
    /// Countdown to the next check (decremented on the hot path) and the
    /// value it started from.
    pub(crate) budget: i64,
    window: i64,
    /// Set while a halt unwinds the stack.
    pub(crate) halted: Option<Halt>,
}

impl Limits {
    /// Starts a run from the host: resets the count and the clock, and
    /// drops an interrupt that arrived while the VM was idle.
    pub fn start_run(&mut self) {
        self.used = 0;
        self.halted = None;
        self.deadline = self.time_limit.map(|t| Instant::now() + t);
        self.interrupt.store(false, Ordering::Release);
        self.reset_window();
    }

    /// Starts the next countdown between checks.
    fn reset_window(&mut self) {
        self.window = self.next_budget().max(1);
        self.budget = self.window;
    }

    fn next_budget(&self) -> i64 {
        match self.max_instructions {
            Some(max) => (max.saturating_sub(self.used) as i64).min(CHECK_INTERVAL),
            None => CHECK_INTERVAL,
        }
    }

    /// The halt that stopped the last run, if any.
    pub fn halted(&self) -> Option<Halt> {
        self.halted
    }
}

impl Vm {
    /// Charges `n` instructions; on a back-edge or a call. Cheap unless a check is due.
    #[inline(always)]
    pub(crate) fn tick(&mut self, n: i64) -> PyResult<()> {
        self.limits.budget -= n;
        if self.limits.budget < 0 {
            return self.check_limits();
        }
        Ok(())
    }

    #[cold]
    fn check_limits(&mut self) -> PyResult<()> {
        let l = &mut self.limits;
        l.used += (l.window - l.budget).max(0) as u64;
        if self.over_memory(0) {
            self.limits.reset_window();
            return Err(self.memory_error());
        }
        let l = &mut self.limits;
        let halt = if l.interrupt.swap(false, Ordering::AcqRel) {
            Some(Halt::Interrupted)
        } else if l.max_instructions.is_some_and(|max| l.used >= max) {
            Some(Halt::InstructionLimit)
        } else if l.deadline.is_some_and(|d| Instant::now() >= d) {
            Some(Halt::TimeLimit)
        } else {
            None
        };
        l.reset_window();
        match halt {
            Some(h) => Err(self.halt(h)),
            None => Ok(()),
        }
    }

    fn over_memory(&self, extra: usize) -> bool {
        match (self.limits.max_memory, &self.limits.memory_probe) {
            (Some(max), Some(probe)) => probe().saturating_add(extra) > max,
            _ => false,
        }
    }

    pub(crate) fn memory_error(&mut self) -> PyErr {
        self.new_error("MemoryError", "")
    }

    /// An empty String with room for `bytes`, or MemoryError when that would
    /// cross the memory limit or the allocation fails (instead of aborting).
    pub(crate) fn new_string(&mut self, bytes: Option<usize>) -> PyResult<String> {
        let mut s = String::new();
        self.reserve_checked(bytes, |n| s.try_reserve_exact(n).is_ok())?;
        Ok(s)
    }

    /// An empty Vec with room for `n` items, as `new_string`.
    pub(crate) fn new_vec<T>(&mut self, n: Option<usize>) -> PyResult<Vec<T>> {
        let mut v = Vec::new();
        let size = std::mem::size_of::<T>().max(1);
        let bytes = n.and_then(|n| n.checked_mul(size));
        self.reserve_checked(bytes, |_| v.try_reserve_exact(n.unwrap_or(0)).is_ok())?;
        Ok(v)
    }

    fn reserve_checked(
        &mut self,
        bytes: Option<usize>,
        reserve: impl FnOnce(usize) -> bool,
    ) -> PyResult<()> {
        match bytes {
            Some(b) if b <= isize::MAX as usize && !self.over_memory(b) && reserve(b) => Ok(()),
            _ => Err(self.memory_error()),
        }
    }

    /// Starts unwinding the script for `h`: handlers will not run.
    fn halt(&mut self, h: Halt) -> PyErr {
        self.limits.halted = Some(h);
        self.new_error("BaseException", h.message())
    }
}
