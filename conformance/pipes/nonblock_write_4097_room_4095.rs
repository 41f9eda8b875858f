//@ covers: non-blocking write of 4097 bytes (> PIPE_BUF) into a default pipe with 4095 bytes of room (after one 61441-byte write): record how much Linux accepts
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe2(O_NONBLOCK);
    let pre = vec![b'p'; 61441];
    println!("prefill {}", res(wr(w, &pre)));
    let data = vec![b'n'; 4097];
    println!("write 4097 {}", res(wr(w, &data)));
    println!("fionread after {}", fionread(r));
    println!("drained {}", drain(r));
    unsafe {
        close(r);
        close(w);
    }
}
