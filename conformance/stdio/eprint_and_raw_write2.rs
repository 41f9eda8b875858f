//@ covers: stderr is unbuffered: eprint!/eprintln! and raw write(2) appear in program order
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    eprint!("a-");
    wr(2, b"raw-");
    eprintln!("b");
    wr(2, b"raw line\n");
    eprintln!("end");
    println!("stdout ok");
}
