//@ covers: read() into a buffer that was freed: the interpreter reports Undefined Behavior
//@ interp-only: ub
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (r, w) = mkpipe();
    wr(w, b"data");
    let p = {
        let mut v = vec![0u8; 16];
        v.as_mut_ptr()
    };
    let n = unsafe { read(r, p as *mut std::os::raw::c_void, 4) };
    println!("read {}", n);
}
