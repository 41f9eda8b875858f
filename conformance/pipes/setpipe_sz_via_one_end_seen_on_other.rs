//@ covers: F_SETPIPE_SZ applies to the pipe, so a size set through the read end is reported through the write end and a dup
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe();
    let d = unsafe { dup(w) };
    println!("set via read end {}", resi(unsafe { fcntl(r, F_SETPIPE_SZ, 16384) }));
    println!("get via write end {}", resi(unsafe { fcntl(w, F_GETPIPE_SZ) }));
    println!("get via dup {}", resi(unsafe { fcntl(d, F_GETPIPE_SZ) }));
    unsafe {
        close(r);
        close(w);
        close(d);
    }
}
