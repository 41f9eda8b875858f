//@ covers: a blocking write that has put some bytes into the pipe and then blocks returns the partial count (not EPIPE) when the last reader closes
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (r, w) = mkpipe();
    let pre = vec![b'p'; 60000];
    write_all(w, &pre);
    println!("prefilled {}", fionread(r));
    let t = std::thread::spawn(move || {
        let data = vec![b'z'; 100000];
        res(wr(w, &data))
    });
    // Wait until the writer is inside its write: it has queued bytes and blocked on the full pipe.
    let mut seen = fionread(r);
    while seen == "60000" {
        nap(1);
        seen = fionread(r);
    }
    let c = resi(unsafe { close(r) });
    let got = t.join().unwrap();
    println!("fionread while writer blocked {}", seen);
    println!("close reader {}", c);
    println!("blocked write returned {}", got);
}
