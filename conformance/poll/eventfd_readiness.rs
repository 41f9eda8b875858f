//@ covers: an eventfd with counter 0 polls OUT only; a nonzero counter polls IN|OUT; reading resets it
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let e = unsafe { eventfd(0, 0) };
    println!("eventfd {}", e);
    println!("counter 0 {}", poll1(e, POLLIN | POLLOUT, 0));
    let one: u64 = 3;
    println!("write {}", res(unsafe { write(e, &one as *const u64 as *const _, 8) }));
    println!("counter 3 {}", poll1(e, POLLIN | POLLOUT, 0));
    let mut v: u64 = 0;
    println!("read {}", res(unsafe { read(e, &mut v as *mut u64 as *mut _, 8) }));
    println!("value {}", v);
    println!("after read {}", poll1(e, POLLIN | POLLOUT, 0));
    unsafe { close(e); }
}
