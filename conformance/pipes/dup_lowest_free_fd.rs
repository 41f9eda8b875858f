//@ covers: dup returns the lowest free fd, reusing a closed slot below the pipe fds
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r1, w1) = mkpipe();
    let (r2, w2) = mkpipe();
    println!("fds {} {} {} {}", r1, w1, r2, w2);
    unsafe { close(r1) };
    println!("dup {}", resi(unsafe { dup(w2) }));
    println!("dup {}", resi(unsafe { dup(w2) }));
    unsafe { close(w1) };
    println!("dup {}", resi(unsafe { dup(r2) }));
    println!("dup of closed {}", resi(unsafe { dup(50) }));
    println!("dup of -1 {}", resi(unsafe { dup(-1) }));
    for fd in 3..8 {
        unsafe { close(fd) };
    }
}
