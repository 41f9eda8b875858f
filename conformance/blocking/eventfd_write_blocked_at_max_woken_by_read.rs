//@ covers: a write of 1 blocks while an eventfd counter is 0xfffffffffffffffe and completes after a read resets the counter
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn efd_read(fd: i32) -> String {
    let mut v = 0u64;
    let r = unsafe { read(fd, &mut v as *mut u64 as *mut _, 8) };
    if r < 0 { res(r) } else { format!("{} value {:#x}", r, v) }
}

fn efd_write(fd: i32, v: u64) -> String {
    res(unsafe { write(fd, &v as *const u64 as *const _, 8) })
}

fn main() {
    let e = unsafe { eventfd(0, 0) };
    println!("set max {}", efd_write(e, 0xfffffffffffffffe));
    let t = std::thread::spawn(move || efd_write(e, 1));
    nap(20);
    let first = efd_read(e);
    let w = t.join().unwrap();
    println!("read {}", first);
    println!("blocked write {}", w);
    println!("read {}", efd_read(e));
}
