//@ covers: non-blocking write of 2 bytes into a default pipe with 1 bytes of room (after one 65535-byte write): a write <= PIPE_BUF is all or EAGAIN, never partial
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe2(O_NONBLOCK);
    let pre = vec![b'p'; 65535];
    println!("prefill {}", res(wr(w, &pre)));
    println!("fionread {}", fionread(r));
    let data = vec![b'n'; 2];
    println!("write 2 {}", res(wr(w, &data)));
    println!("fionread after {}", fionread(r));
    println!("drained {}", drain(r));
    unsafe {
        close(r);
        close(w);
    }
}
