//@ covers: eventfd with flags outside EFD_SEMAPHORE|EFD_NONBLOCK|EFD_CLOEXEC fails with EINVAL
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
    for flags in [2, 4, 0x10, O_APPEND, O_DIRECT, 0x40000000, -1] {
        let fd = unsafe { eventfd(0, flags) };
        println!("flags {:#x} -> {}", flags, resi(fd));
    }
    let ok = unsafe { eventfd(0, EFD_SEMAPHORE | EFD_NONBLOCK | EFD_CLOEXEC) };
    println!("all valid flags -> {}", resi(ok));
    unsafe { close(ok) };
}
