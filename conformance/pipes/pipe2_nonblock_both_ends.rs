//@ covers: pipe2(O_NONBLOCK) sets O_NONBLOCK on both ends (F_GETFL) and an empty read gets EAGAIN
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe2(O_NONBLOCK);
    println!("read flags {:#x} nonblock {}", getfl(r), getfl(r) & O_NONBLOCK != 0);
    println!("write flags {:#x} nonblock {}", getfl(w), getfl(w) & O_NONBLOCK != 0);
    println!("read {}", rds(r, 1));
    unsafe {
        close(r);
        close(w);
    }
}
