//@ covers: std::process::exit flushes Rust's buffered stdout (a pending print! without newline still appears)
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    println!("line");
    print!("pending");
    wr(1, b"[raw]");
    std::process::exit(0);
}
