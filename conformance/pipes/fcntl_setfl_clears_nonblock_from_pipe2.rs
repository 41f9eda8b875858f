//@ covers: F_SETFL(0) clears the O_NONBLOCK that pipe2 set, so the status flags go back to the bare access mode
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe2(O_NONBLOCK);
    println!("before {:#x} {:#x}", getfl(r), getfl(w));
    println!("setfl r {}", resi(unsafe { fcntl(r, F_SETFL, 0) }));
    println!("after {:#x} {:#x}", getfl(r), getfl(w));
    println!("write still nonblocking on full: filled {}", fill(w));
    unsafe {
        close(r);
        close(w);
    }
}
