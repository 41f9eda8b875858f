//@ covers: print! followed by stdout().flush() reaches fd 1 before a later raw write(1)
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


use std::io::Write;

fn main() {
    print!("flushed-");
    std::io::stdout().flush().unwrap();
    let r = wr(1, b"raw\n");
    println!("raw result {}", r);
}
