//@ covers: assert_eq! with a message in a thread: message and left/right printed, join Err
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let t = std::thread::spawn(|| {
        let (a, b) = mksocketpair(0);
        unsafe { shutdown(a, SHUT_WR) };
        let r = wr(a, b"x");
        unsafe {
            close(a);
            close(b);
        }
        assert_eq!(r, 1, "write after shutdown on fd {}", a);
    });
    println!("join is_err {}", t.join().is_err());
}
