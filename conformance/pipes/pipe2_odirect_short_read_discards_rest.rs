//@ covers: in an O_DIRECT packet pipe a read shorter than the packet returns the first bytes and discards the rest of that packet
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe2(O_DIRECT);
    println!("write {}", res(wr(w, b"packet-one")));
    println!("write {}", res(wr(w, b"packet-two")));
    println!("read 3 {}", rds(r, 3));
    println!("fionread {}", fionread(r));
    println!("read 100 {}", rds(r, 100));
    unsafe { close(w) };
    println!("read at eof {}", rds(r, 100));
    unsafe { close(r) };
}
