//@ covers: read with a buffer longer than 8 bytes returns 8 and leaves the rest of the buffer untouched
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
    let fd = unsafe { eventfd(0x0102, EFD_NONBLOCK) };
    let mut buf = [0xaau8; 16];
    let r = unsafe { read(fd, buf.as_mut_ptr() as *mut c_void, 16) };
    println!("read {}", res(r));
    println!("buf {:?}", buf);
    let mut first = [0u8; 8];
    first.copy_from_slice(&buf[..8]);
    println!("value {}", u64::from_ne_bytes(first));
    unsafe { close(fd) };
}
