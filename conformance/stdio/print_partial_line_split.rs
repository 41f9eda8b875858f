//@ covers: print! with text after the last newline: the part up to the newline is written, the rest stays buffered
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    print!("line one\nhalf-");
    wr(1, b"raw\n");
    println!("done");
}
