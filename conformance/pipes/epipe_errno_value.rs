//@ covers: the EPIPE from a write with no reader is errno 32 and std::io::Error::last_os_error reports it as BrokenPipe
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe();
    unsafe { close(r) };
    let n = wr(w, b"x");
    let e = std::io::Error::last_os_error();
    println!("ret {} errno {}", n, errno());
    println!("raw {:?} kind {:?}", e.raw_os_error(), e.kind());
    println!("{}", e);
    unsafe { close(w) };
}
