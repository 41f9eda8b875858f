//@ covers: EFD_NONBLOCK shows as O_NONBLOCK in F_GETFL; the access mode is O_RDWR
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
    let a = unsafe { eventfd(0, 0) };
    let b = unsafe { eventfd(0, EFD_NONBLOCK) };
    println!("plain getfl {:#o}", getfl(a));
    println!("nonblock getfl {:#o}", getfl(b));
    println!("plain accmode rdwr {}", getfl(a) & 3 == O_RDWR);
    println!("nonblock bit {}", getfl(b) & O_NONBLOCK != 0);
    unsafe {
        close(a);
        close(b);
    }
}
