//@ covers: a full pipe write end does not poll POLLOUT (timeout 0 returns 0)
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let (r, w) = mkpipe2(O_NONBLOCK);
    let n = fill(w);
    println!("filled {}", n);
    println!("poll OUT {}", poll1(w, POLLOUT, 0));
    println!("read end {}", poll1(r, POLLIN | POLLOUT, 0));
    unsafe { close(r); close(w); }
}
