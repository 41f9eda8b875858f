//@ covers: poll with timeout -1 on an empty pipe's read end returns 1 with POLLIN after another thread writes
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (r, w) = mkpipe();
    let t = std::thread::spawn(move || poll1(r, POLLIN, -1));
    nap(20);
    let n = res(wr(w, b"x"));
    let got = t.join().unwrap();
    println!("write {}", n);
    println!("poll {}", got);
}
