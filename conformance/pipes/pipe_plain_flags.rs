//@ covers: pipe() gives a blocking pipe without FD_CLOEXEC: F_GETFD 0, F_GETFL O_RDONLY for the read end and O_WRONLY for the write end
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let mut fds = [-1; 2];
    println!("pipe {}", resi(unsafe { pipe(fds.as_mut_ptr()) }));
    println!("fds {} {}", fds[0], fds[1]);
    println!("getfd {} {}", resi(unsafe { fcntl(fds[0], F_GETFD) }), resi(unsafe { fcntl(fds[1], F_GETFD) }));
    println!("getfl {:#x} {:#x}", getfl(fds[0]), getfl(fds[1]));
    unsafe {
        close(fds[0]);
        close(fds[1]);
    }
}
