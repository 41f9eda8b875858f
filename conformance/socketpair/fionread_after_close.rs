//@ covers: FIONREAD on a socket whose peer has closed still reports the queued bytes
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (a, b) = mksocketpair(0);
    println!("write {}", res(wr(a, &[1u8; 65537])));
    unsafe { close(a) };
    println!("fionread {}", fionread(b));
    println!("read total {}", read_to_eof(b).len());
    println!("fionread {}", fionread(b));
    unsafe { close(b) };
}
