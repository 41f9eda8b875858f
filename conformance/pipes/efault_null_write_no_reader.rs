//@ covers: write of a null buffer to a pipe with no reader: record whether EPIPE or EFAULT wins
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe();
    unsafe { close(r) };
    println!("write null 4 {}", res(unsafe { write(w, std::ptr::null(), 4) }));
    unsafe { close(w) };
}
