//@ covers: a reader blocked on a socket wakes with 0 when the peer shuts down writing
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let (a, b) = mksocketpair(0);
    let t = std::thread::spawn(move || rds(b, 16));
    nap(20);
    println!("shutdown {}", resi(unsafe { shutdown(a, SHUT_WR) }));
    println!("reader got {}", t.join().unwrap());
    unsafe {
        close(a);
        close(b);
    }
}
