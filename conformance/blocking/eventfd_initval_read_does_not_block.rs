//@ covers: an eventfd created with initval 3 satisfies a blocking read at once; a second read blocks until a write
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
    let e = unsafe { eventfd(3, 0) };
    let t = std::thread::spawn(move || {
        let a = efd_read(e);
        let b = efd_read(e);
        (a, b)
    });
    nap(20);
    let w = efd_write(e, 5);
    let (a, b) = t.join().unwrap();
    println!("write {}", w);
    println!("reads {} then {}", a, b);
}
