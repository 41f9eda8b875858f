//@ covers: a send blocked on a full socket fails with ECONNRESET when the peer closes with unread data; the next send gets EPIPE
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (a, b) = mksocketpair(0);
    set_nonblock(a, true);
    let filled = fill(a);
    set_nonblock(a, false);
    let t = std::thread::spawn(move || {
        let data = vec![b'e'; 100];
        let first = res(wr(a, &data));
        let second = res(wr(a, &data));
        (first, second)
    });
    nap(20);
    let c = resi(unsafe { close(b) });
    let (first, second) = t.join().unwrap();
    println!("filled > 0: {} close peer {}", filled > 0, c);
    println!("blocked send returned {}", first);
    println!("next send returned {}", second);
}
