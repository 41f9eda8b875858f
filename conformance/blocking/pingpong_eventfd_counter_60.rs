//@ covers: ping-pong over two eventfds: each side blocks in read until the other writes the incremented counter, 60 round trips
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn get(fd: i32) -> u64 {
    let mut v = 0u64;
    let r = unsafe { read(fd, &mut v as *mut u64 as *mut _, 8) };
    assert!(r == 8, "read failed");
    v
}

fn put(fd: i32, v: u64) {
    let r = unsafe { write(fd, &v as *const u64 as *const _, 8) };
    assert!(r == 8, "write failed");
}

fn main() {
    let e1 = unsafe { eventfd(0, 0) };
    let e2 = unsafe { eventfd(0, 0) };
    let t = std::thread::spawn(move || {
        let mut last = 0;
        for _ in 0..60 {
            last = get(e1);
            put(e2, last + 1);
        }
        last
    });
    let mut c = 1u64;
    for _ in 0..60 {
        put(e1, c);
        c = get(e2) + 1;
    }
    let last = t.join().unwrap();
    println!("main counter {} thread last {}", c, last);
}
