//@ covers: epoll on a socket: OUT when fresh, IN|OUT once the peer writes
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (a, b) = mksocketpair(0);
    let ep = unsafe { epoll_create1(0) };
    println!("add {}", resi(ep_add(ep, b, EPOLLIN | EPOLLOUT, 5)));
    println!("wait {}", ep_wait(ep, 0));
    println!("write {}", res(wr(a, b"hi")));
    println!("wait {}", ep_wait(ep, 0));
    println!("read {}", rds(b, 8));
    println!("wait {}", ep_wait(ep, 0));
    unsafe {
        close(ep);
        close(a);
        close(b);
    }
}
