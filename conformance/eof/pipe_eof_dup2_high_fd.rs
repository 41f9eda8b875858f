//@ covers: a write end dup2-ed to a high fd keeps the pipe open until that fd is closed too
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let (r, w) = mkpipe2(O_NONBLOCK);
    println!("dup2 {}", resi(unsafe { dup2(w, 40) }));
    println!("close w {}", resi(unsafe { close(w) }));
    println!("write via 40 {}", res(wr(40, b"z")));
    println!("read {}", rds(r, 16));
    println!("read again {}", rds(r, 16));
    println!("close 40 {}", resi(unsafe { close(40) }));
    println!("read after close {}", rds(r, 16));
    unsafe { close(r) };
}
