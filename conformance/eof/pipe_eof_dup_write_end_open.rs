//@ covers: a dup of the write end keeps the pipe open: no EOF (EAGAIN) until the last dup closes
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let (r, w) = mkpipe2(O_NONBLOCK);
    let w2 = unsafe { dup(w) };
    println!("dup {}", w2);
    println!("close w {}", resi(unsafe { close(w) }));
    println!("read with dup open {}", rds(r, 16));
    println!("poll with dup open {}", poll1(r, POLLIN, 0));
    println!("close dup {}", resi(unsafe { close(w2) }));
    println!("read after last close {}", rds(r, 16));
    unsafe { close(r) };
}
