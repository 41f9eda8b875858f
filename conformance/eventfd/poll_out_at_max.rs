//@ covers: poll: an eventfd at 0xfffffffffffffffe is POLLIN but not POLLOUT
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
    println!("write {}", efd_write(fd, 0xfffffffffffffffe));
    println!("full {}", poll1(fd, POLLIN | POLLOUT, 0));
    println!("full OUT only {}", poll1(fd, POLLOUT, 0));
    println!("write 0 at full {}", efd_write(fd, 0));
    let fd2 = unsafe { eventfd(0, EFD_NONBLOCK) };
    println!("write {}", efd_write(fd2, 0xfffffffffffffffd));
    println!("one below full {}", poll1(fd2, POLLIN | POLLOUT, 0));
    unsafe {
        close(fd);
        close(fd2);
    }
}
