//@ covers: two threads each wait to read what the other writes only after its own read
//@ interp-only: deadlock
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (ar, aw) = mkpipe();
    let (br, bw) = mkpipe();
    let t = std::thread::spawn(move || {
        let got = rds(br, 4);
        wr(aw, b"pong");
        got
    });
    let got = rds(ar, 4);
    wr(bw, b"ping");
    println!("{} {}", got, t.join().unwrap());
}
