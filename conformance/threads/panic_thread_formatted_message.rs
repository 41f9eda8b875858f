//@ covers: panic! with a formatted message in a thread; the message is printed after the location line
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let t = std::thread::spawn(|| {
        let (r, w) = mkpipe();
        unsafe { close(r) };
        let got = wr(w, b"x");
        if got < 0 {
            panic!("write returned {} with errno {}", got, errno_name(errno()));
        }
    });
    println!("join is_err {}", t.join().is_err());
}
