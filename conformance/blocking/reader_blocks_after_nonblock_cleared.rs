//@ covers: a pipe made with O_NONBLOCK whose read end has O_NONBLOCK cleared blocks the reader until a write
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (r, w) = mkpipe2(O_NONBLOCK);
    println!("nonblocking read {}", rds(r, 10));
    set_nonblock(r, false);
    println!("flags nonblock {}", getfl(r) & O_NONBLOCK != 0);
    let t = std::thread::spawn(move || rds(r, 10));
    nap(20);
    let n = res(wr(w, b"now"));
    let got = t.join().unwrap();
    println!("write {}", n);
    println!("reader got {}", got);
}
