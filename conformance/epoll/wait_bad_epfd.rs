//@ covers: epoll_wait on a closed fd fails with EBADF and on a non-epoll fd with EINVAL
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (r, w) = mkpipe();
    let mut evs = [EpollEvent { events: 0, data: 0 }; 2];
    let p = evs.as_mut_ptr();
    println!("pipe fd {}", resi(unsafe { epoll_wait(r, p, 2, 0) }));
    println!("never opened {}", resi(unsafe { epoll_wait(321, p, 2, 0) }));
    let ep = unsafe { epoll_create1(0) };
    unsafe { close(ep); }
    println!("closed epfd {}", resi(unsafe { epoll_wait(ep, p, 2, -1) }));
    unsafe { close(r); close(w); }
}
