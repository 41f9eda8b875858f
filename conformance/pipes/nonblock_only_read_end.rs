//@ covers: O_NONBLOCK set only on the read end: reads get EAGAIN while the write end stays blocking (F_GETFL differs)
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe();
    set_nonblock(r, true);
    println!("read end flags {:#x}", getfl(r));
    println!("write end flags {:#x}", getfl(w));
    println!("read {}", rds(r, 4));
    println!("write {}", res(wr(w, b"ok")));
    println!("read {}", rds(r, 4));
    unsafe {
        close(r);
        close(w);
    }
}
