//@ covers: a writer blocked on a full pipe gets EPIPE (having written nothing) when the last read end is closed
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (r, w) = mkpipe();
    set_nonblock(w, true);
    let filled = fill(w);
    set_nonblock(w, false);
    let t = std::thread::spawn(move || {
        let data = vec![b'z'; 100000];
        let n = wr(w, &data);
        if n < 0 {
            format!("error {}", res(n))
        } else {
            format!("count {}", n)
        }
    });
    nap(20);
    let c = resi(unsafe { close(r) });
    let got = t.join().unwrap();
    println!("filled {} close reader {}", filled, c);
    println!("blocked write: {}", got);
}
