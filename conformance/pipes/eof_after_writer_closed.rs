//@ covers: after the only writer closes, reads return the buffered data and then 0 (EOF) on every later read
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe();
    println!("write {}", res(wr(w, b"last words")));
    unsafe { close(w) };
    println!("read {}", rds(r, 4));
    println!("read {}", rds(r, 100));
    println!("read {}", rds(r, 100));
    println!("read {}", rds(r, 100));
    unsafe { close(r) };
}
