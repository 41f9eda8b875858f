//@ covers: write() with a length past the end of its buffer reads out of bounds
//@ interp-only: ub
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (_r, w) = mkpipe();
    let buf = [1u8; 8];
    let n = unsafe { write(w, buf.as_ptr() as *const std::os::raw::c_void, 64) };
    println!("write {}", n);
}
