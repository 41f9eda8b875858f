//@ covers: poll for POLLOUT on a full pipe blocks until a reader frees a page, then reports OUT
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (r, w) = mkpipe();
    set_nonblock(w, true);
    let filled = fill(w);
    println!("filled {} poll now {}", filled, poll1(w, POLLOUT, 0));
    let t = std::thread::spawn(move || poll1(w, POLLOUT, -1));
    nap(20);
    let (n, _) = rd(r, 4096);
    let got = t.join().unwrap();
    println!("read {}", n);
    println!("poll {}", got);
}
