//@ covers: std::io::Error::last_os_error right after a failing libc call reports that call's errno (EBADF, EAGAIN, EINVAL)
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe2(O_NONBLOCK);
    rd(999, 1);
    println!("{:?}", std::io::Error::last_os_error());
    rd(r, 1);
    println!("{:?}", std::io::Error::last_os_error());
    unsafe { dup3(r, r, 0) };
    let e = std::io::Error::last_os_error();
    println!("{} kind {:?}", e, e.kind());
    unsafe {
        close(r);
        close(w);
    }
}
