//@ covers: edge-triggered EPOLLOUT: reported once, silent while full, reported again once a page is freed
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn epc() -> i32 {
    let ep = unsafe { epoll_create1(0) };
    assert!(ep >= 0);
    ep
}

fn main() {
    let ep = epc();
    let (r, w) = mkpipe2(O_NONBLOCK);
    ep_add(ep, w, EPOLLOUT | EPOLLET, 3);
    println!("initial {}", ep_wait(ep, 0));
    println!("again {}", ep_wait(ep, 0));
    println!("filled {}", fill(w));
    println!("full {}", ep_wait(ep, 0));
    println!("read 1 {}", rd(r, 1).0);
    println!("one byte freed {}", ep_wait(ep, 0));
    println!("read 4095 {}", rd(r, 4095).0);
    println!("page freed {}", ep_wait(ep, 0));
    println!("again {}", ep_wait(ep, 0));
    println!("drained {}", drain(r));
    println!("after drain {}", ep_wait(ep, 0));
    unsafe { close(r); close(w); close(ep); }
}
