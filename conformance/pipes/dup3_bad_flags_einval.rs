//@ covers: dup3 with flags other than O_CLOEXEC (O_NONBLOCK, -1) fails with EINVAL and does not create newfd
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe();
    println!("dup3 O_NONBLOCK {}", resi(unsafe { dup3(w, 12, O_NONBLOCK) }));
    println!("dup3 -1 {}", resi(unsafe { dup3(w, 12, -1) }));
    println!("fd 12 getfl {}", resi(unsafe { fcntl(12, F_GETFL) }));
    println!("dup3 bad oldfd {}", resi(unsafe { dup3(555, 12, 0) }));
    unsafe {
        close(r);
        close(w);
    }
}
