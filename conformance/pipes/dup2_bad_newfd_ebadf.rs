//@ covers: dup2 to a negative newfd fails with EBADF
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe();
    println!("dup2(r, -1) {}", resi(unsafe { dup2(r, -1) }));
    println!("dup2(r, -100) {}", resi(unsafe { dup2(r, -100) }));
    println!("dup3(r, -1, 0) {}", resi(unsafe { dup3(r, -1, 0) }));
    unsafe {
        close(r);
        close(w);
    }
}
