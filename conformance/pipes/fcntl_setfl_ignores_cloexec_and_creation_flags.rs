//@ covers: F_SETFL ignores O_CLOEXEC and other non-status flags: F_GETFL and F_GETFD are unchanged
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe();
    let before = getfl(r);
    println!("setfl cloexec {}", resi(unsafe { fcntl(r, F_SETFL, O_CLOEXEC) }));
    println!("getfl before {:#x} after {:#x}", before, getfl(r));
    println!("getfd {}", resi(unsafe { fcntl(r, F_GETFD) }));
    unsafe {
        close(r);
        close(w);
    }
}
