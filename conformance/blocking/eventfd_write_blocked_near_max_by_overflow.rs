//@ covers: with the eventfd counter at 0xfffffffffffffffd a write of 2 would overflow the maximum and blocks until a read
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
    println!("set {}", efd_write(e, 0xfffffffffffffffd));
    let t = std::thread::spawn(move || efd_write(e, 2));
    nap(20);
    let first = efd_read(e);
    let w = t.join().unwrap();
    println!("read {}", first);
    println!("blocked write {}", w);
    println!("read {}", efd_read(e));
}
