//@ covers: io::Error::last_os_error after failing libc calls (close(-1), write to bad fd), raw_os_error and kind
use std::io::Error;

extern "C" {
    fn close(fd: i32) -> i32;
    fn write(fd: i32, buf: *const u8, n: usize) -> isize;
    fn dup(fd: i32) -> i32;
}

fn main() {
    let rc = unsafe { close(-1) };
    let e = Error::last_os_error();
    println!("close(-1) = {}", rc);
    println!("raw {:?} kind {:?}", e.raw_os_error(), e.kind());
    println!("display {}", e);
    println!("debug {:?}", e);
    let n = unsafe { write(1000, b"x".as_ptr(), 1) };
    let e2 = Error::last_os_error();
    println!("write(1000) = {} -> {:?}", n, e2.raw_os_error());
    let d = unsafe { dup(-5) };
    let e3 = Error::last_os_error();
    println!("dup(-5) = {} -> {}", d, e3);
    let ok = unsafe { write(1, b"direct write\n".as_ptr(), 13) };
    println!("write(1) = {}", ok);
    let fd = unsafe { dup(1) };
    println!("dup(1) = {}", fd);
    println!("close(dup) = {}", unsafe { close(fd) });
    println!("close again = {} errno {:?}", unsafe { close(fd) }, Error::last_os_error().raw_os_error());
    let res: Result<i32, Error> = if rc < 0 { Err(e) } else { Ok(rc) };
    match res {
        Ok(v) => println!("ok {}", v),
        Err(err) => println!("matched err: {} (code {})", err, err.raw_os_error().unwrap_or(0)),
    }
}
