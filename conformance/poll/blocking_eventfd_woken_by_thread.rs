//@ covers: poll -1 on an eventfd wakes with POLLIN when another thread adds to the counter
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let e = unsafe { eventfd(0, 0) };
    let t = std::thread::spawn(move || {
        nap(20);
        let v: u64 = 42;
        unsafe { write(e, &v as *const u64 as *const _, 8) }
    });
    let got = poll1(e, POLLIN, -1);
    let wrote = t.join().unwrap();
    println!("poll {}", got);
    println!("wrote {}", res(wrote));
    let mut v: u64 = 0;
    unsafe { read(e, &mut v as *mut u64 as *mut _, 8); }
    println!("value {}", v);
    unsafe { close(e); }
}
