//@ covers: a poll blocked on an empty socket is woken by the peer's shutdown(SHUT_WR)
//@ seeds: 4
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (a, b) = mksocketpair(0);
    let t = std::thread::spawn(move || poll1(b, POLLIN | POLLRDHUP, -1));
    nap(20);
    let s = resi(unsafe { shutdown(a, SHUT_WR) });
    let got = t.join().unwrap();
    println!("shutdown {}", s);
    println!("poll {}", got);
    println!("read {}", rds(b, 4));
    unsafe {
        close(a);
        close(b);
    }
}
