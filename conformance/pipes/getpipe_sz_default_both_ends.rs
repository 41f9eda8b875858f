//@ covers: F_GETPIPE_SZ reports 65536 for a new pipe, on the read end and on the write end
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe();
    println!("read end {}", resi(unsafe { fcntl(r, F_GETPIPE_SZ) }));
    println!("write end {}", resi(unsafe { fcntl(w, F_GETPIPE_SZ) }));
    unsafe {
        close(r);
        close(w);
    }
}
