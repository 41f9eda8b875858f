//@ covers: after a full pipe gives up one 4096-byte page to a reader, the write end polls POLLOUT again
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let (r, w) = mkpipe2(O_NONBLOCK);
    println!("filled {}", fill(w));
    println!("full {}", poll1(w, POLLOUT, 0));
    println!("read 1 {}", rd(r, 1).0);
    println!("after 1 byte {}", poll1(w, POLLOUT, 0));
    println!("read 4095 {}", rd(r, 4095).0);
    println!("after a page {}", poll1(w, POLLOUT, 0));
    unsafe { close(r); close(w); }
}
