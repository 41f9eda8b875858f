//@ covers: a large non-blocking write into a pipe already holding 10 bytes is partial; the written count plus the prefill fits the capacity
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe2(O_NONBLOCK);
    println!("prefill {}", res(wr(w, b"0123456789")));
    let data = vec![b'L'; 70000];
    let n = wr(w, &data);
    println!("write 70000 {}", res(n));
    println!("fionread {}", fionread(r));
    println!("first {}", rds(r, 10));
    println!("write 1 when full {}", res(wr(w, b"!")));
    println!("drained {}", drain(r));
    unsafe {
        close(r);
        close(w);
    }
}
