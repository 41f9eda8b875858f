//@ covers: readv with more room than data returns what is queued, filling iovecs in order
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

use std::os::raw::c_void;

fn main() {
    let (a, b) = mksocketpair(SOCK_NONBLOCK);
    println!("write {}", res(wr(a, b"abcdef")));
    let mut x = [b'.'; 4];
    let mut y = [b'.'; 4];
    let mut z = [b'.'; 4];
    let iov = [
        IoVec { base: x.as_mut_ptr() as *mut c_void, len: 4 },
        IoVec { base: y.as_mut_ptr() as *mut c_void, len: 4 },
        IoVec { base: z.as_mut_ptr() as *mut c_void, len: 4 },
    ];
    println!("readv {}", res(unsafe { readv(b, iov.as_ptr(), 3) }));
    println!("x {:?} y {:?} z {:?}", String::from_utf8_lossy(&x), String::from_utf8_lossy(&y), String::from_utf8_lossy(&z));
    println!("readv empty {}", res(unsafe { readv(b, iov.as_ptr(), 3) }));
    unsafe {
        close(a);
        close(b);
    }
}
