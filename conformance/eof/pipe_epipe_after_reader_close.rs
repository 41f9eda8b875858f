//@ covers: write to a pipe whose only read end is closed fails with EPIPE (SIGPIPE is ignored by Rust)
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let (r, w) = mkpipe();
    println!("write with reader {}", res(wr(w, b"ok")));
    unsafe { close(r) };
    println!("write without reader {}", res(wr(w, b"lost")));
    println!("again {}", res(wr(w, b"x")));
    unsafe { close(w) };
}
