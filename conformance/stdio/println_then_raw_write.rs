//@ covers: println! output is flushed at each newline, so it interleaves in order with raw write(1)
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    println!("first (println)");
    println!("raw {}", res(wr(1, b"second (raw write)\n")));
    println!("third (println)");
}
