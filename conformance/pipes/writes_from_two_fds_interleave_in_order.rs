//@ covers: writes through the write end and its dup land in the pipe in call order; reads see one stream
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe();
    let d = unsafe { dup(w) };
    wr(w, b"1-");
    wr(d, b"2-");
    wr(w, b"3-");
    wr(d, b"4");
    unsafe {
        close(w);
        close(d);
    }
    let all = read_to_eof(r);
    println!("stream {:?}", String::from_utf8_lossy(&all));
    unsafe { close(r) };
}
