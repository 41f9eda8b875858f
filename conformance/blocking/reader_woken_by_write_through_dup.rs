//@ covers: a reader blocked on a pipe is woken by a write through a dup of the write end
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (r, w) = mkpipe();
    let w2 = unsafe { dup(w) };
    unsafe { close(w) };
    let t = std::thread::spawn(move || rds(r, 64));
    nap(20);
    let n = res(wr(w2, b"via dup"));
    let got = t.join().unwrap();
    println!("dup fd {} write {}", w2, n);
    println!("reader got {}", got);
}
