//@ covers: readv and writev with iovcnt 0 return 0 and leave the pipe unchanged
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe();
    wr(w, b"held");
    let iov = [IoVec { base: std::ptr::null_mut(), len: 0 }; 1];
    println!("writev 0 {}", res(unsafe { writev(w, iov.as_ptr(), 0) }));
    println!("readv 0 {}", res(unsafe { readv(r, iov.as_ptr(), 0) }));
    println!("writev 0 null array {}", res(unsafe { writev(w, std::ptr::null(), 0) }));
    println!("fionread {}", fionread(r));
    unsafe {
        close(r);
        close(w);
    }
}
