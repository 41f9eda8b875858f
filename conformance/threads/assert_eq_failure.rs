//@ covers: assert_eq! failure prints the left and right values, exit 101
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let (r, w) = mkpipe();
    write_all(w, b"abc");
    unsafe { close(w) };
    let got = read_to_eof(r);
    assert_eq!(got.len(), 4);
}
