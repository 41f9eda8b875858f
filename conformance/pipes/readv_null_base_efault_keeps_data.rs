//@ covers: readv into an iovec with a null base and nonzero length fails with EFAULT and leaves the pipe data unread
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe();
    wr(w, b"precious");
    let bad = [IoVec { base: std::ptr::null_mut(), len: 8 }];
    println!("readv null base {}", res(unsafe { readv(r, bad.as_ptr(), 1) }));
    println!("fionread {}", fionread(r));
    println!("read {}", rds(r, 20));
    unsafe {
        close(r);
        close(w);
    }
}
