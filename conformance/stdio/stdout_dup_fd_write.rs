//@ covers: a dup of fd 1 writes to the same stdout; raw writes through it interleave with println!
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let d = unsafe { dup(1) };
    println!("dup of stdout is fd {}", d);
    println!("write {}", res(wr(d, b"through dup\n")));
    unsafe { close(d) };
    println!("after close of dup");
}
