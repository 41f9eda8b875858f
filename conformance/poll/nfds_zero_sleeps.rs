//@ covers: poll with nfds 0 and a timeout just sleeps and returns 0
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let n = unsafe { poll(std::ptr::null_mut(), 0, 10) };
    println!("poll(NULL, 0, 10) = {}", n);
    let n = unsafe { poll(std::ptr::null_mut(), 0, 0) };
    println!("poll(NULL, 0, 0) = {}", n);
}
