//@ covers: poll with timeout -1 on an eventfd with counter 0 wakes both of two pollers on a write; each reports IN
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let e = unsafe { eventfd(0, 0) };
    let t = std::thread::spawn(move || poll1(e, POLLIN, -1));
    let t2 = std::thread::spawn(move || poll1(e, POLLIN, -1));
    nap(20);
    let one = 1u64;
    let n = res(unsafe { write(e, &one as *const u64 as *const _, 8) });
    println!("write {}", n);
    println!("poller 1 {}", t.join().unwrap());
    println!("poller 2 {}", t2.join().unwrap());
}
