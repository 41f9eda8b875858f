//@ covers: writev of several buffers to a pipe with no reader fails with EPIPE; an all-empty writev returns 0
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let (r, w) = mkpipe();
    unsafe { close(r) };
    let a = b"head";
    let b = b"tail";
    let iov = [
        IoVec { base: a.as_ptr() as *mut _, len: a.len() },
        IoVec { base: b.as_ptr() as *mut _, len: b.len() },
    ];
    println!("writev {}", res(unsafe { writev(w, iov.as_ptr(), 2) }));
    let empty = [
        IoVec { base: a.as_ptr() as *mut _, len: 0 },
        IoVec { base: b.as_ptr() as *mut _, len: 0 },
    ];
    println!("writev empty {}", res(unsafe { writev(w, empty.as_ptr(), 2) }));
    unsafe { close(w) };
}
