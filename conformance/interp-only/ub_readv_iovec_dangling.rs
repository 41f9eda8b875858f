//@ covers: readv with an iovec whose base points into freed memory
//@ interp-only: ub
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (r, w) = mkpipe();
    wr(w, b"abcdef");
    let base = {
        let mut v = vec![0u8; 8];
        v.as_mut_ptr()
    };
    let iov = [IoVec { base: base as *mut std::os::raw::c_void, len: 6 }];
    println!("readv {}", unsafe { readv(r, iov.as_ptr(), 1) });
}
