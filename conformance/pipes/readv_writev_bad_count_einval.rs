//@ covers: readv/writev with a negative iovcnt or more than 1024 (IOV_MAX) iovecs fail with EINVAL; exactly 1024 works
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe();
    let byte = [b'v'; 1];
    let iov = vec![IoVec { base: byte.as_ptr() as *mut _, len: 1 }; 1025];
    println!("writev -1 {}", res(unsafe { writev(w, iov.as_ptr(), -1) }));
    println!("writev 1025 {}", res(unsafe { writev(w, iov.as_ptr(), 1025) }));
    println!("writev 1024 {}", res(unsafe { writev(w, iov.as_ptr(), 1024) }));
    let mut sink = vec![0u8; 1025];
    let riov = vec![IoVec { base: sink.as_mut_ptr() as *mut _, len: 1 }; 1025];
    println!("readv -1 {}", res(unsafe { readv(r, riov.as_ptr(), -1) }));
    println!("readv 1025 {}", res(unsafe { readv(r, riov.as_ptr(), 1025) }));
    println!("readv 1024 {}", res(unsafe { readv(r, riov.as_ptr(), 1024) }));
    println!("fionread {}", fionread(r));
    unsafe {
        close(r);
        close(w);
    }
}
