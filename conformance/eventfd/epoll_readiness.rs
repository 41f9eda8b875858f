//@ covers: epoll reports eventfd OUT when empty and IN|OUT after a write; read clears IN
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
use std::os::raw::c_void;

fn efd_read(fd: i32) -> String {
    let mut v: u64 = 0;
    let r = unsafe { read(fd, &mut v as *mut u64 as *mut c_void, 8) };
    if r < 0 { res(r) } else { format!("{} value={}", r, v) }
}

fn efd_write(fd: i32, v: u64) -> String {
    res(unsafe { write(fd, &v as *const u64 as *const c_void, 8) })
}

fn main() {
    let fd = unsafe { eventfd(0, EFD_NONBLOCK) };
    let ep = unsafe { epoll_create1(0) };
    println!("add {}", resi(ep_add(ep, fd, EPOLLIN | EPOLLOUT, 42)));
    println!("wait empty {}", ep_wait(ep, 0));
    println!("write {}", efd_write(fd, 5));
    println!("wait {}", ep_wait(ep, 0));
    println!("read {}", efd_read(fd));
    println!("wait after read {}", ep_wait(ep, 0));
    unsafe {
        close(ep);
        close(fd);
    }
}
