//@ covers: a non-blocking write of exactly 65536 bytes fills the pipe whole; then even a 1-byte write gets EAGAIN and FIONREAD is 65536
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe2(O_NONBLOCK);
    let data = vec![b'e'; 65536];
    println!("write 65536 {}", res(wr(w, &data)));
    println!("write 1 {}", res(wr(w, b"e")));
    println!("fionread {}", fionread(r));
    println!("read 1 {}", rds(r, 1));
    println!("write 1 after read {}", res(wr(w, b"f")));
    unsafe {
        close(r);
        close(w);
    }
}
