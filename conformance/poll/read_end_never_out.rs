//@ covers: polling a pipe read end for POLLOUT reports nothing; the write end never reports POLLIN
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let (r, w) = mkpipe();
    wr(w, b"data");
    println!("read end OUT {}", poll1(r, POLLOUT, 0));
    println!("read end IN|OUT {}", poll1(r, POLLIN | POLLOUT, 0));
    println!("write end IN {}", poll1(w, POLLIN, 0));
    println!("write end IN|OUT {}", poll1(w, POLLIN | POLLOUT, 0));
    unsafe { close(r); close(w); }
}
