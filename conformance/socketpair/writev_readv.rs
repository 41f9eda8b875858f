//@ covers: writev gathers iovecs into one stream; readv scatters it across buffers
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

use std::os::raw::c_void;

fn main() {
    let (a, b) = mksocketpair(0);
    let p1 = b"hello, ";
    let p2 = b"";
    let p3 = b"world";
    let iov = [
        IoVec { base: p1.as_ptr() as *mut c_void, len: p1.len() },
        IoVec { base: p2.as_ptr() as *mut c_void, len: 0 },
        IoVec { base: p3.as_ptr() as *mut c_void, len: p3.len() },
    ];
    println!("writev {}", res(unsafe { writev(a, iov.as_ptr(), 3) }));
    let mut x = [0u8; 4];
    let mut y = [0u8; 20];
    let riov = [
        IoVec { base: x.as_mut_ptr() as *mut c_void, len: 4 },
        IoVec { base: y.as_mut_ptr() as *mut c_void, len: 20 },
    ];
    let r = unsafe { readv(b, riov.as_ptr(), 2) };
    println!("readv {}", res(r));
    println!("x {:?}", String::from_utf8_lossy(&x));
    println!("y {:?}", String::from_utf8_lossy(&y[..(r as usize - 4)]));
    unsafe {
        close(a);
        close(b);
    }
}
