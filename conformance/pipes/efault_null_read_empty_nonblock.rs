//@ covers: read into a null buffer from an empty non-blocking pipe reports EAGAIN (no data to copy) and from a pipe at EOF returns 0
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
use std::os::raw::c_void;
fn main() {
    let (r, w) = mkpipe2(O_NONBLOCK);
    let null = std::ptr::null_mut::<c_void>();
    println!("read null empty {}", res(unsafe { read(r, null, 8) }));
    unsafe { close(w) };
    println!("read null at eof {}", res(unsafe { read(r, null, 8) }));
    unsafe { close(r) };
}
