//@ covers: writev gathers several iovecs in order into one write and returns the total length
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe();
    let (a, b, c) = (b"alpha-".to_vec(), b"beta-".to_vec(), b"gamma".to_vec());
    let iov = [
        IoVec { base: a.as_ptr() as *mut _, len: a.len() },
        IoVec { base: b.as_ptr() as *mut _, len: b.len() },
        IoVec { base: c.as_ptr() as *mut _, len: c.len() },
    ];
    println!("writev {}", res(unsafe { writev(w, iov.as_ptr(), 3) }));
    println!("fionread {}", fionread(r));
    println!("read {}", rds(r, 100));
    unsafe {
        close(r);
        close(w);
    }
}
