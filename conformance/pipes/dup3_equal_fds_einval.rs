//@ covers: dup3 with oldfd == newfd fails with EINVAL (unlike dup2)
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe();
    println!("dup3(r, r, 0) {}", resi(unsafe { dup3(r, r, 0) }));
    println!("dup3(r, r, O_CLOEXEC) {}", resi(unsafe { dup3(r, r, O_CLOEXEC) }));
    println!("dup2(r, r) {}", resi(unsafe { dup2(r, r) }));
    println!("dup3(99, 99, 0) {}", resi(unsafe { dup3(99, 99, 0) }));
    unsafe {
        close(r);
        close(w);
    }
}
