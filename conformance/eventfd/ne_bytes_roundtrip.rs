//@ covers: eventfd values round-trip through u64::to_ne_bytes / from_ne_bytes byte buffers
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
use std::os::raw::c_void;

fn efd_read(fd: i32) -> String {
    let mut v: u64 = 0;
    let r = unsafe { read(fd, &mut v as *mut u64 as *mut c_void, 8) };
    if r < 0 { res(r) } else { format!("{} value={}", r, v) }
}

fn efd_write(fd: i32, v: u64) -> String {
    res(unsafe { write(fd, &v as *const u64 as *const c_void, 8) })
}

fn main() {
    let fd = unsafe { eventfd(0, EFD_NONBLOCK) };
    let vals = [1u64, 0x0102030405060708, 0xfffffffe];
    for v in vals {
        println!("write {:#x} {}", v, res(wr(fd, &v.to_ne_bytes())));
        let (r, b) = rd(fd, 8);
        let mut a = [0u8; 8];
        a.copy_from_slice(&b);
        println!("read {} bytes {:?} -> {:#x}", r, b, u64::from_ne_bytes(a));
    }
    unsafe { close(fd) };
}
