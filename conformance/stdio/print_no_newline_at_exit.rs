//@ covers: print! without a trailing newline is flushed when main returns
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    print!("no newline at the end");
}
