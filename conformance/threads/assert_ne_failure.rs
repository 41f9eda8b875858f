//@ covers: assert_ne! failure on equal strings prints both values, exit 101
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let (r, w) = mkpipe2(O_NONBLOCK);
    let first = rds(r, 4);
    let second = rds(r, 4);
    unsafe {
        close(r);
        close(w);
    }
    assert_ne!(first, second);
}
