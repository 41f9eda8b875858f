//@ covers: 15 full pages plus 1 byte occupy all 16 pipe slots: POLLOUT is not reported though 4095 bytes still fit
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let (r, w) = mkpipe2(O_NONBLOCK);
    let page = [0x70u8; 4096];
    for _ in 0..15 {
        assert_eq!(wr(w, &page), 4096);
    }
    println!("write 1 {}", res(wr(w, b"x")));
    println!("fionread {}", fionread(r));
    println!("poll OUT {}", poll1(w, POLLOUT, 0));
    println!("write 4095 {}", res(wr(w, &page[..4095])));
    println!("write 1 more {}", res(wr(w, b"y")));
    unsafe { close(r); close(w); }
}
