//@ covers: a pipe read end with buffered bytes polls POLLIN; draining it clears POLLIN
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let (r, w) = mkpipe();
    println!("write {}", res(wr(w, b"x")));
    println!("poll {}", poll1(r, POLLIN, 0));
    println!("poll again {}", poll1(r, POLLIN, 0));
    println!("read {}", rds(r, 10));
    println!("poll after drain {}", poll1(r, POLLIN, 0));
    unsafe { close(r); close(w); }
}
