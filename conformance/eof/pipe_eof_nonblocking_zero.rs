//@ covers: a nonblocking read end at EOF returns 0, not EAGAIN; EAGAIN only while a writer exists
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let (r, w) = mkpipe2(O_NONBLOCK);
    println!("empty with writer {}", rds(r, 8));
    unsafe { close(w) };
    println!("empty without writer {}", rds(r, 8));
    println!("again {}", rds(r, 8));
    unsafe { close(r) };
}
