//@ covers: pipe2 with a flag other than O_NONBLOCK/O_CLOEXEC/O_DIRECT fails with EINVAL and leaves the fd array untouched
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    for (name, flags) in [("O_WRONLY", O_WRONLY), ("O_RDWR", O_RDWR), ("O_APPEND", O_APPEND), ("-1", -1), ("0x40000000", 0x40000000)] {
        let mut fds = [-7, -7];
        let r = unsafe { pipe2(fds.as_mut_ptr(), flags) };
        println!("{} {} fds {} {}", name, resi(r), fds[0], fds[1]);
    }
    let (r, w) = mkpipe();
    println!("next pipe fds {} {}", r, w);
    unsafe {
        close(r);
        close(w);
    }
}
