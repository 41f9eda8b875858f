//@ covers: closing an fd succeeds once; a second close of the same fd fails with EBADF
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe();
    println!("close w {}", resi(unsafe { close(w) }));
    println!("close w again {}", resi(unsafe { close(w) }));
    println!("close r {}", resi(unsafe { close(r) }));
    println!("close r again {}", resi(unsafe { close(r) }));
}
