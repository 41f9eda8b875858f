//@ covers: readv with less data than the iovecs hold returns what is buffered, filling buffers in order and leaving the rest untouched
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe();
    wr(w, b"xyz12");
    let mut a = [b'.'; 4];
    let mut b = [b'.'; 4];
    let mut c = [b'.'; 4];
    let iov = [
        IoVec { base: a.as_mut_ptr() as *mut _, len: 4 },
        IoVec { base: b.as_mut_ptr() as *mut _, len: 4 },
        IoVec { base: c.as_mut_ptr() as *mut _, len: 4 },
    ];
    println!("readv {}", res(unsafe { readv(r, iov.as_ptr(), 3) }));
    println!("a {:?} b {:?} c {:?}", String::from_utf8_lossy(&a), String::from_utf8_lossy(&b), String::from_utf8_lossy(&c));
    unsafe { close(w) };
    println!("readv at eof {}", res(unsafe { readv(r, iov.as_ptr(), 3) }));
    unsafe { close(r) };
}
