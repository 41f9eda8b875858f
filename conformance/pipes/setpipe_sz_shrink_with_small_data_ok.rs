//@ covers: F_SETPIPE_SZ may shrink a pipe to 4096 while it holds a few bytes; the bytes survive and the one-page capacity limits further writes
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe2(O_NONBLOCK);
    println!("write {}", res(wr(w, b"keep me")));
    println!("shrink {}", resi(unsafe { fcntl(w, F_SETPIPE_SZ, 4096) }));
    println!("fionread {}", fionread(r));
    println!("write 4096 {}", res(wr(w, &[b'x'; 4096])));
    println!("write 4089 {}", res(wr(w, &[b'y'; 4089])));
    println!("write 1 {}", res(wr(w, b"z")));
    println!("read {}", rds(r, 7));
    println!("rest {}", drain(r));
    unsafe {
        close(r);
        close(w);
    }
}
