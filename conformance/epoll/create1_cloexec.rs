//@ covers: epoll_create1(EPOLL_CLOEXEC) sets FD_CLOEXEC on the new fd
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let ep = unsafe { epoll_create1(EPOLL_CLOEXEC) };
    println!("fd {}", ep);
    println!("F_GETFD {}", unsafe { fcntl(ep, F_GETFD) });
    println!("F_SETFD 0 {}", unsafe { fcntl(ep, F_SETFD, 0) });
    println!("F_GETFD {}", unsafe { fcntl(ep, F_GETFD) });
    unsafe { close(ep); }
}
