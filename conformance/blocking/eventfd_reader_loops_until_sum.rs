//@ covers: a reader blocking on an eventfd repeatedly sums the values of four writes (1+2+3+4) whatever way they coalesce
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn efd_write(fd: i32, v: u64) -> String {
    res(unsafe { write(fd, &v as *const u64 as *const _, 8) })
}

fn main() {
    let e = unsafe { eventfd(0, 0) };
    let t = std::thread::spawn(move || {
        let mut sum = 0u64;
        while sum < 10 {
            let mut v = 0u64;
            let r = unsafe { read(e, &mut v as *mut u64 as *mut _, 8) };
            assert!(r == 8, "read failed");
            sum += v;
        }
        sum
    });
    for v in 1..5u64 {
        nap(3);
        efd_write(e, v);
    }
    println!("reader sum {}", t.join().unwrap());
}
