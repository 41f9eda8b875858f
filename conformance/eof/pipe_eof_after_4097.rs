//@ covers: exactly 4097 buffered bytes are read before EOF once the writer is closed
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let (r, w) = mkpipe();
    let data = vec![b'a'; 4097];
    write_all(w, &data);
    unsafe { close(w) };
    println!("fionread {}", fionread(r));
    let got = read_to_eof(r);
    println!("read_to_eof {}", got.len());
    println!("after {}", rds(r, 8));
    unsafe { close(r) };
}
