//@ covers: EPOLLET on a socket: reported once per arrival of new data, not while old data sits unread
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (a, b) = mksocketpair(0);
    let ep = unsafe { epoll_create1(0) };
    println!("add {}", resi(ep_add(ep, b, EPOLLIN | EPOLLET, 3)));
    println!("write {}", res(wr(a, b"one")));
    println!("wait {}", ep_wait(ep, 0));
    println!("wait again {}", ep_wait(ep, 0));
    println!("write {}", res(wr(a, b"two")));
    println!("wait {}", ep_wait(ep, 0));
    println!("read {}", rds(b, 16));
    println!("wait {}", ep_wait(ep, 0));
    unsafe {
        close(ep);
        close(a);
        close(b);
    }
}
