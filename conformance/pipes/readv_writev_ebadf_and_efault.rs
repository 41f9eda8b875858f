//@ covers: readv on a write end and writev on a read end fail with EBADF; writev with a null base and nonzero length fails with EFAULT
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe();
    let mut buf = [0u8; 4];
    let iov = [IoVec { base: buf.as_mut_ptr() as *mut _, len: 4 }];
    println!("readv on write end {}", res(unsafe { readv(w, iov.as_ptr(), 1) }));
    println!("writev on read end {}", res(unsafe { writev(r, iov.as_ptr(), 1) }));
    println!("readv on 999 {}", res(unsafe { readv(999, iov.as_ptr(), 1) }));
    let bad = [IoVec { base: std::ptr::null_mut(), len: 8 }];
    println!("writev null base {}", res(unsafe { writev(w, bad.as_ptr(), 1) }));
    println!("fionread {}", fionread(r));
    unsafe {
        close(r);
        close(w);
    }
}
