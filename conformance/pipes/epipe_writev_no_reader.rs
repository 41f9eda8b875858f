//@ covers: writev to a pipe with no reader fails with EPIPE
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe();
    unsafe { close(r) };
    let a = [b'a'; 3];
    let iov = [IoVec { base: a.as_ptr() as *mut _, len: 3 }; 2];
    println!("writev {}", res(unsafe { writev(w, iov.as_ptr(), 2) }));
    unsafe { close(w) };
}
