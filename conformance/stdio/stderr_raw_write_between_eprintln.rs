//@ covers: raw write(2) between eprintln! lines appears in place on stderr
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    for i in 0..3 {
        eprintln!("eprintln {}", i);
        wr(2, format!("raw {}\n", i).as_bytes());
    }
}
