//@ covers: pipe2(O_DIRECT) makes a packet pipe: each write is one packet and each read returns at most one packet
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe2(O_DIRECT);
    println!("getfl {:#x}", getfl(r));
    println!("write {}", res(wr(w, b"abc")));
    println!("write {}", res(wr(w, b"defgh")));
    println!("write {}", res(wr(w, b"ij")));
    println!("fionread {}", fionread(r));
    println!("read {}", rds(r, 100));
    println!("read {}", rds(r, 100));
    println!("read {}", rds(r, 100));
    unsafe {
        close(r);
        close(w);
    }
}
