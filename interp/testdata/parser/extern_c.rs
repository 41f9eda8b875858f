// extern "C" declarations called with raw buffers, as fd tests do.
use std::ffi::c_void;
extern "C" {
    fn write(fd: i32, buf: *const c_void, count: usize) -> isize;
    fn getpid() -> i32;
}
fn main() {
    let msg = b"raw write\n";
    let n = unsafe { write(1, msg.as_ptr() as *const c_void, msg.len()) };
    let pid = unsafe { getpid() };
    println!("wrote {} bytes, pid positive: {}", n, pid > 0);
}
