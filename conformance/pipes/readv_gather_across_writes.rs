//@ covers: one readv collects data from several earlier writes, across iovec boundaries that do not match the write boundaries
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe();
    wr(w, b"AAAA");
    wr(w, b"BB");
    wr(w, b"CCCCCC");
    let mut x = [0u8; 5];
    let mut y = [0u8; 5];
    let mut z = [0u8; 5];
    let iov = [
        IoVec { base: x.as_mut_ptr() as *mut _, len: 5 },
        IoVec { base: y.as_mut_ptr() as *mut _, len: 5 },
        IoVec { base: z.as_mut_ptr() as *mut _, len: 5 },
    ];
    let n = unsafe { readv(r, iov.as_ptr(), 3) };
    println!("readv {}", res(n));
    println!("x {:?} y {:?} z {:?}", String::from_utf8_lossy(&x), String::from_utf8_lossy(&y), String::from_utf8_lossy(&z[..2]));
    unsafe {
        close(r);
        close(w);
    }
}
