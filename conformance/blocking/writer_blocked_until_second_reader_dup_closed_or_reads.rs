//@ covers: closing one of two read-end dups does not wake a writer blocked on a full pipe with EPIPE; a read through the other dup lets it finish
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (r, w) = mkpipe();
    let r2 = unsafe { dup(r) };
    set_nonblock(w, true);
    let filled = fill(w);
    set_nonblock(w, false);
    let t = std::thread::spawn(move || res(wr(w, b"more")));
    nap(20);
    unsafe { close(r) };
    nap(20);
    println!("fionread via r2 after close(r): {}", fionread(r2));
    let (n, _) = rd(r2, 8192);
    let got = t.join().unwrap();
    println!("filled {} read {}", filled, n);
    println!("blocked write returned {}", got);
    println!("left {}", fionread(r2));
}
