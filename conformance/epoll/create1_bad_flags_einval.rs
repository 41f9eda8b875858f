//@ covers: epoll_create1 rejects any flag other than EPOLL_CLOEXEC with EINVAL
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let flags = [1, O_NONBLOCK, EPOLL_CLOEXEC | 1, -1, 0x100];
    for f in flags.iter() {
        let r = unsafe { epoll_create1(*f) };
        println!("epoll_create1({:#x}) = {}", *f, resi(r));
    }
    let ok = unsafe { epoll_create1(EPOLL_CLOEXEC) };
    println!("then EPOLL_CLOEXEC = {}", ok);
}
