//@ covers: write to a pipe then read it back; a short read returns what is buffered
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (r, w) = mkpipe();
    println!("fds {} {}", r, w);
    println!("write {}", res(wr(w, b"hello")));
    println!("fionread {}", fionread(r));
    println!("read {}", rds(r, 3));
    println!("read {}", rds(r, 100));
    unsafe {
        close(r);
        close(w);
    }
}
