//@ covers: a 64 KiB pipe holding 15 full 4096-byte pages (4096 bytes free) still polls POLLOUT
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let (r, w) = mkpipe2(O_NONBLOCK);
    println!("capacity {}", unsafe { fcntl(w, F_GETPIPE_SZ) });
    let page = [0x70u8; 4096];
    for _ in 0..15 {
        assert_eq!(wr(w, &page), 4096);
    }
    println!("fionread {}", fionread(r));
    println!("poll OUT {}", poll1(w, POLLOUT, 0));
    println!("write 4096 {}", res(wr(w, &page)));
    println!("full poll OUT {}", poll1(w, POLLOUT, 0));
    unsafe { close(r); close(w); }
}
