//@ covers: writev skips zero-length iovecs (even with a null base) and writes the others in order
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe();
    let (a, b) = (b"one".to_vec(), b"two".to_vec());
    let iov = [
        IoVec { base: std::ptr::null_mut(), len: 0 },
        IoVec { base: a.as_ptr() as *mut _, len: a.len() },
        IoVec { base: a.as_ptr() as *mut _, len: 0 },
        IoVec { base: b.as_ptr() as *mut _, len: b.len() },
        IoVec { base: std::ptr::null_mut(), len: 0 },
    ];
    println!("writev {}", res(unsafe { writev(w, iov.as_ptr(), 5) }));
    println!("read {}", rds(r, 100));
    let empties = [IoVec { base: std::ptr::null_mut(), len: 0 }; 3];
    println!("writev all empty {}", res(unsafe { writev(w, empties.as_ptr(), 3) }));
    println!("fionread {}", fionread(r));
    unsafe {
        close(r);
        close(w);
    }
}
