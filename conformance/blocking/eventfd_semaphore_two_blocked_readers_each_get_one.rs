//@ covers: two readers blocked on an EFD_SEMAPHORE eventfd are both satisfied by one write of 2; each read returns 1
//@ seeds: 16
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
    let e = unsafe { eventfd(0, EFD_SEMAPHORE) };
    let t1 = std::thread::spawn(move || efd_read(e));
    let t2 = std::thread::spawn(move || efd_read(e));
    nap(20);
    let w = efd_write(e, 2);
    let a = t1.join().unwrap();
    let b = t2.join().unwrap();
    println!("write {}", w);
    println!("readers {} / {}", a, b);
    println!("counter drained: {}", poll1(e, POLLIN, 0));
}
