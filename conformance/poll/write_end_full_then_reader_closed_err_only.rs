//@ covers: a full pipe whose last reader closes polls POLLERR without POLLOUT on the write end
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let (r, w) = mkpipe2(O_NONBLOCK);
    println!("filled {}", fill(w));
    println!("before {}", poll1(w, POLLOUT, 0));
    unsafe { close(r); }
    println!("after reader close {}", poll1(w, POLLOUT, 0));
    println!("write {}", res(wr(w, b"x")));
    unsafe { close(w); }
}
