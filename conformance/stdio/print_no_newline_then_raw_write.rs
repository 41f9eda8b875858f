//@ covers: print! without a newline stays in Rust's line buffer, so a later raw write(1) appears before it
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    print!("buffered-");
    let r = wr(1, b"raw\n");
    println!("tail");
    println!("raw result {}", r);
}
