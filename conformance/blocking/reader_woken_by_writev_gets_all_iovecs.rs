//@ covers: a reader blocked on a pipe woken by a 3-iovec writev gets all the bytes of the writev in one read
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (r, w) = mkpipe();
    let t = std::thread::spawn(move || rds(r, 100));
    nap(20);
    let a = b"one,".to_vec();
    let b = b"two,".to_vec();
    let c = b"three".to_vec();
    let iov = [
        IoVec { base: a.as_ptr() as *mut _, len: a.len() },
        IoVec { base: b.as_ptr() as *mut _, len: b.len() },
        IoVec { base: c.as_ptr() as *mut _, len: c.len() },
    ];
    let n = res(unsafe { writev(w, iov.as_ptr(), 3) });
    let got = t.join().unwrap();
    println!("writev {}", n);
    println!("reader got {}", got);
}
