//@ covers: write to a pipe whose read end is closed fails with EPIPE (Rust ignores SIGPIPE), for small and large writes
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe();
    unsafe { close(r) };
    println!("write 1 {}", res(wr(w, b"x")));
    let big = vec![b'b'; 100000];
    println!("write 100000 {}", res(wr(w, &big)));
    println!("write again {}", res(wr(w, b"y")));
    unsafe { close(w) };
}
