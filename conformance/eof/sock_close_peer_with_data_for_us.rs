//@ covers: closing one end after writing: the peer still reads the data, then 0
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let (a, b) = mksocketpair(0);
    println!("write {}", res(wr(b, b"farewell")));
    unsafe { close(b) };
    println!("read {}", rds(a, 16));
    println!("read {}", rds(a, 16));
    unsafe { close(a) };
}
