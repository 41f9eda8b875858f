//@ covers: readv scatters pipe data into several buffers in order, filling each before the next
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe();
    wr(w, b"0123456789abcdef");
    let mut a = [b'.'; 3];
    let mut b = [b'.'; 5];
    let mut c = [b'.'; 4];
    let iov = [
        IoVec { base: a.as_mut_ptr() as *mut _, len: 3 },
        IoVec { base: b.as_mut_ptr() as *mut _, len: 5 },
        IoVec { base: c.as_mut_ptr() as *mut _, len: 4 },
    ];
    println!("readv {}", res(unsafe { readv(r, iov.as_ptr(), 3) }));
    println!("a {:?} b {:?} c {:?}", String::from_utf8_lossy(&a), String::from_utf8_lossy(&b), String::from_utf8_lossy(&c));
    println!("left {}", rds(r, 100));
    unsafe {
        close(r);
        close(w);
    }
}
