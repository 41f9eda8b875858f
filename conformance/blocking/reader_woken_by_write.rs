//@ covers: a reader blocked on an empty pipe is woken by a write from another thread
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (r, w) = mkpipe();
    let t = std::thread::spawn(move || rds(r, 16));
    nap(20);
    println!("write {}", res(wr(w, b"wake")));
    println!("reader got {}", t.join().unwrap());
}
