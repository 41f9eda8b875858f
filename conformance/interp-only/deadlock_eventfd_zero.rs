//@ covers: a blocking eventfd read of a zero counter with no writer anywhere
//@ interp-only: deadlock
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let fd = unsafe { eventfd(0, 0) };
    let mut v = 0u64;
    let r = unsafe { read(fd, &mut v as *mut u64 as *mut std::os::raw::c_void, 8) };
    println!("{} {}", r, v);
}
