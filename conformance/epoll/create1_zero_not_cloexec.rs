//@ covers: epoll_create1(0) returns the lowest free fd, without FD_CLOEXEC
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let ep = unsafe { epoll_create1(0) };
    println!("epoll_create1(0) = {}", ep);
    println!("F_GETFD {}", unsafe { fcntl(ep, F_GETFD) });
    println!("empty wait {}", ep_wait(ep, 0));
    println!("close {}", unsafe { close(ep) });
}
