//@ covers: a panic in main after some output: stdout keeps the printed lines, stderr has the panic, exit status 101
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    println!("before panic");
    let (r, w) = mkpipe();
    write_all(w, b"abc");
    let got = rds(r, 8);
    println!("read {}", got);
    panic!("main gives up after {}", got);
}
