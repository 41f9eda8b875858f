//@ covers: Linux: a 0-byte write to a pipe with no reader returns 0 (the length check comes before the reader check)
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let (r, w) = mkpipe();
    unsafe { close(r) };
    println!("write 0 bytes {}", res(wr(w, b"")));
    println!("write 1 byte {}", res(wr(w, b"a")));
    println!("write 0 bytes again {}", res(wr(w, b"")));
    unsafe { close(w) };
}
