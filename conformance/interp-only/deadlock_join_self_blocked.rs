//@ covers: main joins a thread blocked reading a pipe whose writer is main itself
//@ interp-only: deadlock
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (r, w) = mkpipe();
    let t = std::thread::spawn(move || rds(r, 8));
    let v = t.join().unwrap();
    wr(w, b"too late");
    println!("{}", v);
}
