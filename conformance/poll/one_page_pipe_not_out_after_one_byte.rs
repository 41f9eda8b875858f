//@ covers: a pipe resized to 4096 bytes (one slot) stops polling POLLOUT after a single byte, although writes still fit
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let (r, w) = mkpipe2(O_NONBLOCK);
    println!("setpipe {}", resi(unsafe { fcntl(w, F_SETPIPE_SZ, 4096) }));
    println!("empty {}", poll1(w, POLLOUT, 0));
    println!("write 1 {}", res(wr(w, b"a")));
    println!("one byte {}", poll1(w, POLLOUT, 0));
    println!("write 10 {}", res(wr(w, b"0123456789")));
    println!("fionread {}", fionread(r));
    unsafe { close(r); close(w); }
}
