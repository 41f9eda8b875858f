//@ covers: pipe2(O_CLOEXEC) sets FD_CLOEXEC on both fds (F_GETFD) but it does not show in F_GETFL
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe2(O_CLOEXEC);
    println!("read getfd {}", resi(unsafe { fcntl(r, F_GETFD) }));
    println!("write getfd {}", resi(unsafe { fcntl(w, F_GETFD) }));
    println!("read getfl {:#x}", getfl(r));
    println!("write getfl {:#x}", getfl(w));
    unsafe {
        close(r);
        close(w);
    }
}
