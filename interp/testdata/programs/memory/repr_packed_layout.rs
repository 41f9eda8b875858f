//@ covers: #[repr(C, packed)] structs: size/align 1, unaligned field offsets, copying fields out, addr_of on packed fields
use std::mem::{align_of, size_of};
use std::ptr;

#[repr(C, packed)]
#[derive(Clone, Copy)]
struct Header {
    kind: u8,
    len: u32,
    id: u16,
    stamp: u64,
}

#[repr(C, packed(2))]
struct Half {
    a: u8,
    b: u32,
}

#[repr(C)]
struct Normal {
    kind: u8,
    len: u32,
    id: u16,
    stamp: u64,
}

fn main() {
    println!("packed size {} align {}", size_of::<Header>(), align_of::<Header>());
    println!("normal size {} align {}", size_of::<Normal>(), align_of::<Normal>());
    println!("packed(2) size {} align {}", size_of::<Half>(), align_of::<Half>());
    let h = Header { kind: 1, len: 0x0a0b0c0d, id: 0x1f2f, stamp: 0x0102030405060708 };
    let base = ptr::addr_of!(h) as usize;
    let off_len = ptr::addr_of!(h.len) as usize - base;
    let off_id = ptr::addr_of!(h.id) as usize - base;
    let off_stamp = ptr::addr_of!(h.stamp) as usize - base;
    println!("offsets len {} id {} stamp {}", off_len, off_id, off_stamp);
    let len = h.len;
    let id = h.id;
    let stamp = h.stamp;
    let kind = h.kind;
    println!("fields {} {:#x} {:#x} {:#x}", kind, len, id, stamp);
    let bytes = unsafe { std::slice::from_raw_parts(&h as *const Header as *const u8, size_of::<Header>()) };
    println!("bytes {:02x?}", bytes);
    let unaligned = unsafe { ptr::read_unaligned(ptr::addr_of!(h.stamp)) };
    println!("read_unaligned stamp {:#x}", unaligned);
    let mut h2 = h;
    h2.len = 5;
    h2.stamp += 1;
    let (l2, s2) = (h2.len, h2.stamp);
    println!("copy modified {} {:#x} original len {:#x}", l2, s2, { h.len });
    let hf = Half { a: 9, b: 10 };
    let hb = &hf as *const Half as usize;
    println!("packed(2) b offset {} values {} {}", ptr::addr_of!(hf.b) as usize - hb, hf.a, { hf.b });
    let arr = [h, h2];
    println!("array of packed size {}", size_of::<[Header; 2]>());
    println!("arr[1].len {}", { arr[1].len });
}
