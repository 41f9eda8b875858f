//@ covers: F_SETPIPE_SZ(8192) rounds up to a power-of-two number of pages (minimum 4096), returns the new size, and a non-blocking fill then holds exactly that many bytes
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe2(O_NONBLOCK);
    let ret = unsafe { fcntl(w, F_SETPIPE_SZ, 8192 as std::os::raw::c_int) };
    println!("setpipe_sz(8192) {}", resi(ret));
    println!("getpipe_sz {}", resi(unsafe { fcntl(r, F_GETPIPE_SZ) }));
    let total = fill(w);
    println!("filled {}", total);
    println!("drained {}", drain(r));
    unsafe {
        close(r);
        close(w);
    }
}
