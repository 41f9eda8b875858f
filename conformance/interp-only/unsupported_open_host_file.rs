//@ covers: opening a host path is not passed through to the host: it is unsupported
//@ interp-only: unsupported
extern "C" {
    fn open(path: *const u8, flags: i32, ...) -> i32;
}

fn main() {
    let fd = unsafe { open(b"/etc/passwd\0".as_ptr(), 0) };
    println!("fd {}", fd);
}
