//@ covers: concurrent writers from several threads all add up in the counter
//@ seeds: 4
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
    let mut hs = Vec::new();
    for t in 1..=4u64 {
        hs.push(std::thread::spawn(move || {
            let mut ok = 0;
            for _ in 0..25 {
                if efd_write(fd, t) == "8" {
                    ok += 1;
                }
            }
            ok
        }));
    }
    let mut oks = Vec::new();
    for h in hs {
        oks.push(h.join().unwrap());
    }
    println!("successful writes {:?}", oks);
    println!("read {}", efd_read(fd));
    println!("read {}", efd_read(fd));
    unsafe { close(fd) };
}
