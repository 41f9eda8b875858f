//@ covers: a blocking write into a full pipe whose reader is never read by anyone
//@ interp-only: deadlock
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (r, w) = mkpipe();
    let big = vec![7u8; 65536 + 1];
    println!("read end {} never read", r);
    println!("write {}", res(wr(w, &big)));
}
