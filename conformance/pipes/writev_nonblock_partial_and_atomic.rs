//@ covers: non-blocking writev follows write's rules: total <= PIPE_BUF into too little room gets EAGAIN; a large total into an empty pipe is partial
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe2(O_NONBLOCK);
    let pre = vec![b'p'; 65436];
    println!("prefill {}", res(wr(w, &pre)));
    let a = [b'a'; 60];
    let b = [b'b'; 60];
    let iov = [IoVec { base: a.as_ptr() as *mut _, len: 60 }, IoVec { base: b.as_ptr() as *mut _, len: 60 }];
    println!("writev 120 into room 100 {}", res(unsafe { writev(w, iov.as_ptr(), 2) }));
    println!("writev 60 into room 100 {}", res(unsafe { writev(w, iov.as_ptr(), 1) }));
    drain(r);
    let big = vec![b'g'; 40000];
    let iov2 = [IoVec { base: big.as_ptr() as *mut _, len: 40000 }, IoVec { base: big.as_ptr() as *mut _, len: 40000 }];
    println!("writev 80000 into empty {}", res(unsafe { writev(w, iov2.as_ptr(), 2) }));
    println!("fionread {}", fionread(r));
    unsafe {
        close(r);
        close(w);
    }
}
