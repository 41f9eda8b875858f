//@ covers: poll on the read end of an empty pipe with timeout 0 returns 0 and leaves revents 0
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let (r, w) = mkpipe();
    println!("poll IN {}", poll1(r, POLLIN, 0));
    println!("poll IN|PRI|RDHUP {}", poll1(r, POLLIN | POLLPRI | POLLRDHUP, 0));
    unsafe { close(r); close(w); }
}
