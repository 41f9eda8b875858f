//@ covers: read with a buffer shorter than 8 bytes fails with EINVAL and leaves the counter
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
    let fd = unsafe { eventfd(6, EFD_NONBLOCK) };
    for n in [0usize, 1, 4, 7] {
        let mut buf = [0u8; 8];
        let r = unsafe { read(fd, buf.as_mut_ptr() as *mut c_void, n) };
        println!("read len {} -> {}", n, res(r));
    }
    println!("read 8 {}", efd_read(fd));
    unsafe { close(fd) };
}
