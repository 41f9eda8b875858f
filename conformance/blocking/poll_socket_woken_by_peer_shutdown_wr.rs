//@ covers: poll for POLLIN|POLLRDHUP on a socket blocks until the peer does shutdown(SHUT_WR), then reports IN|RDHUP
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (a, b) = mksocketpair(0);
    let t = std::thread::spawn(move || poll1(a, POLLIN | POLLRDHUP, -1));
    nap(20);
    unsafe { shutdown(b, SHUT_WR) };
    println!("poll {}", t.join().unwrap());
}
