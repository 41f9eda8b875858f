//@ covers: F_SETFL can set and clear O_APPEND on a pipe end; writes behave the same
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe();
    println!("set append {}", resi(unsafe { fcntl(w, F_SETFL, O_APPEND) }));
    println!("flags {:#x}", getfl(w));
    println!("write {}", res(wr(w, b"one")));
    println!("clear {}", resi(unsafe { fcntl(w, F_SETFL, 0) }));
    println!("flags {:#x}", getfl(w));
    println!("write {}", res(wr(w, b"two")));
    println!("read {}", rds(r, 10));
    unsafe {
        close(r);
        close(w);
    }
}
