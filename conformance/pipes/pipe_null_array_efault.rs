//@ covers: pipe and pipe2 with a null fd array fail with EFAULT and leave no fds behind: the next pipe still gets 3 and 4
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    println!("pipe(NULL) {}", resi(unsafe { pipe(std::ptr::null_mut()) }));
    println!("pipe2(NULL, O_CLOEXEC) {}", resi(unsafe { pipe2(std::ptr::null_mut(), O_CLOEXEC) }));
    let (r, w) = mkpipe();
    println!("next pipe {} {}", r, w);
    unsafe {
        close(r);
        close(w);
    }
}
