//@ covers: pipe2(O_NONBLOCK|O_CLOEXEC|O_DIRECT) applies every flag: F_GETFL shows O_NONBLOCK|O_DIRECT plus the access mode, F_GETFD shows FD_CLOEXEC
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe2(O_NONBLOCK | O_CLOEXEC | O_DIRECT);
    for (name, fd) in [("read", r), ("write", w)] {
        let fl = getfl(fd);
        println!(
            "{} getfl {:#x} acc {} nonblock {} direct {} getfd {}",
            name,
            fl,
            fl & 3,
            fl & O_NONBLOCK != 0,
            fl & O_DIRECT != 0,
            resi(unsafe { fcntl(fd, F_GETFD) })
        );
    }
    unsafe {
        close(r);
        close(w);
    }
}
