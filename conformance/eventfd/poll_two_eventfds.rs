//@ covers: poll over two eventfds reports only the one with a positive counter
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
    let a = unsafe { eventfd(0, EFD_NONBLOCK) };
    let b = unsafe { eventfd(0, EFD_NONBLOCK) };
    println!("write b {}", efd_write(b, 1));
    let mut p = [PollFd { fd: a, events: POLLIN, revents: 0 }, PollFd { fd: b, events: POLLIN, revents: 0 }];
    let r = unsafe { poll(p.as_mut_ptr(), 2, 0) };
    println!("poll {} a={} b={}", r, poll_names(p[0].revents), poll_names(p[1].revents));
    unsafe {
        close(a);
        close(b);
    }
}
