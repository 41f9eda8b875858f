//@ covers: eventfd created with a nonzero initial value polls IN immediately
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let e = unsafe { eventfd(5, EFD_SEMAPHORE) };
    println!("poll {}", poll1(e, POLLIN, 0));
    let mut v: u64 = 0;
    for i in 0..5 {
        let r = unsafe { read(e, &mut v as *mut u64 as *mut _, 8) };
        println!("read {} -> {} value {}; poll {}", i, res(r), v, poll1(e, POLLIN, 0));
    }
    unsafe { close(e); }
}
