//@ covers: a blocking read on an empty pipe whose writer was closed returns 0 at once
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe();
    println!("close w {}", resi(unsafe { close(w) }));
    println!("read {}", rds(r, 10));
    println!("fionread {}", fionread(r));
    unsafe { close(r) };
}
