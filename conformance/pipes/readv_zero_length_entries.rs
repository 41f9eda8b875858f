//@ covers: readv skips zero-length iovecs and fills the non-empty ones in order
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe();
    wr(w, b"abcdef");
    let mut a = [b'.'; 2];
    let mut b = [b'.'; 10];
    let iov = [
        IoVec { base: std::ptr::null_mut(), len: 0 },
        IoVec { base: a.as_mut_ptr() as *mut _, len: 2 },
        IoVec { base: std::ptr::null_mut(), len: 0 },
        IoVec { base: b.as_mut_ptr() as *mut _, len: 10 },
    ];
    println!("readv {}", res(unsafe { readv(r, iov.as_ptr(), 4) }));
    println!("a {:?} b {:?}", String::from_utf8_lossy(&a), String::from_utf8_lossy(&b[..4]));
    let empties = [IoVec { base: std::ptr::null_mut(), len: 0 }; 2];
    wr(w, b"more");
    println!("readv all empty {}", res(unsafe { readv(r, empties.as_ptr(), 2) }));
    println!("fionread {}", fionread(r));
    unsafe {
        close(r);
        close(w);
    }
}
