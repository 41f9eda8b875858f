//@ covers: new fds take the lowest free numbers: after closing fd 4 the next pipe gets 4 and then the first number above the open ones
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (a, b) = mkpipe();
    let (c, d) = mkpipe();
    println!("first {} {} second {} {}", a, b, c, d);
    unsafe { close(b) };
    let (e, f) = mkpipe();
    println!("third {} {}", e, f);
    unsafe {
        close(a);
        close(c);
    }
    let (g, h) = mkpipe();
    println!("fourth {} {}", g, h);
    for fd in 3..9 {
        unsafe { close(fd) };
    }
    let (i, j) = mkpipe();
    println!("after closing all {} {}", i, j);
}
