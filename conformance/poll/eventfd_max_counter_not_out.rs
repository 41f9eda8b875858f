//@ covers: an eventfd whose counter is 0xfffffffffffffffe polls IN without OUT
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let e = unsafe { eventfd(0, EFD_NONBLOCK) };
    let big: u64 = 0xfffffffffffffffe;
    println!("write max {}", res(unsafe { write(e, &big as *const u64 as *const _, 8) }));
    println!("poll {}", poll1(e, POLLIN | POLLOUT, 0));
    let one: u64 = 1;
    println!("write 1 {}", res(unsafe { write(e, &one as *const u64 as *const _, 8) }));
    unsafe { close(e); }
}
