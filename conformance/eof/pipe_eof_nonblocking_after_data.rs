//@ covers: nonblocking read end: data written before the writer closed comes first, then 0
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let (r, w) = mkpipe();
    set_nonblock(r, true);
    write_all(w, b"tail");
    unsafe { close(w) };
    println!("read {}", rds(r, 100));
    println!("read {}", rds(r, 100));
    unsafe { close(r) };
}
