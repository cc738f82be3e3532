//! The handle table: script values the host holds, addressed by checked
//! 64-bit handles (VM id, slot generation, slot index), so a stale, forged
//! or other-VM handle is detected instead of dereferenced.

use krait_engine::Value;

/// Bits 48..64: VM id; 32..48: generation (never 0); 0..32: slot index.
const GEN_SHIFT: u32 = 32;
const VM_SHIFT: u32 = 48;

struct Slot {
    generation: u16,
    value: Option<Value>,
    /// NUL-terminated text handed out by `kr_str_data`, kept while the handle lives.
    text: Option<Box<[u8]>>,
}

pub struct HandleTable {
    vm_id: u16,
    slots: Vec<Slot>,
    free: Vec<u32>,
}

impl HandleTable {
    pub fn new(vm_id: u16) -> HandleTable {
        HandleTable {
            vm_id,
            slots: Vec::new(),
            free: Vec::new(),
        }
    }

    /// Stores `value` and returns its new handle.
    pub fn insert(&mut self, value: Value) -> u64 {
        let index = match self.free.pop() {
            Some(i) => i,
            None => {
                self.slots.push(Slot {
                    generation: 1,
                    value: None,
                    text: None,
                });
                (self.slots.len() - 1) as u32
            }
        };
        let slot = &mut self.slots[index as usize];
        slot.value = Some(value);
        ((self.vm_id as u64) << VM_SHIFT) | ((slot.generation as u64) << GEN_SHIFT) | index as u64
    }

    fn slot_index(&self, handle: u64) -> Option<usize> {
        let vm_id = (handle >> VM_SHIFT) as u16;
        let generation = (handle >> GEN_SHIFT) as u16;
        let index = handle as u32 as usize;
        let slot = self.slots.get(index)?;
        (vm_id == self.vm_id && generation == slot.generation && slot.value.is_some())
            .then_some(index)
    }

    pub fn get(&self, handle: u64) -> Option<&Value> {
        let i = self.slot_index(handle)?;
        self.slots[i].value.as_ref()
    }

    /// Frees the slot; its generation moves on so the old handle goes stale.
    pub fn remove(&mut self, handle: u64) -> Option<Value> {
        let i = self.slot_index(handle)?;
        let slot = &mut self.slots[i];
        slot.text = None;
        slot.generation = slot.generation.wrapping_add(1).max(1);
        self.free.push(i as u32);
        slot.value.take()
    }

    /// The NUL-terminated copy of `text` stored with the handle (made once).
    pub fn text(&mut self, handle: u64, text: impl FnOnce() -> Vec<u8>) -> Option<&[u8]> {
        let i = self.slot_index(handle)?;
        let slot = &mut self.slots[i];
        if slot.text.is_none() {
            let mut bytes = text();
            bytes.push(0);
            slot.text = Some(bytes.into_boxed_slice());
        }
        slot.text.as_deref()
    }

    /// Number of live handles (for tests and leak checks).
    pub fn live(&self) -> usize {
        self.slots.len() - self.free.len()
    }

    /// Drops every value (before the VM itself goes).
    pub fn clear(&mut self) {
        self.slots.clear();
        self.free.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stale_forged_and_foreign_handles_are_rejected() {
        let mut t = HandleTable::new(7);
        let h = t.insert(Value::Int(5));
        assert!(matches!(t.get(h), Some(Value::Int(5))));
        assert!(t.remove(h).is_some());
        assert!(t.get(h).is_none(), "released");
        let h2 = t.insert(Value::Int(6));
        assert_eq!(h2 as u32, h as u32, "slot reused");
        assert!(t.get(h).is_none(), "old generation stays stale");
        assert!(t.get(h2).is_some());
        let mut other = HandleTable::new(8);
        assert!(other.get(h2).is_none(), "other VM");
        assert!(other.remove(h2).is_none());
        assert!(t.get(0).is_none() && t.get(u64::MAX).is_none(), "forged");
        assert_eq!(t.live(), 1);
    }
}
