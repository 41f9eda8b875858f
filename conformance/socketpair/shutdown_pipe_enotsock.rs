//@ covers: shutdown on a pipe fd fails with ENOTSOCK (88); send/recv on a pipe too
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
use std::os::raw::c_void;

#[allow(dead_code)]
fn snd(fd: i32, data: &[u8], flags: i32) -> String {
    res(unsafe { send(fd, data.as_ptr() as *const c_void, data.len(), flags) })
}

#[allow(dead_code)]
fn rcv(fd: i32, n: usize, flags: i32) -> String {
    let mut buf = vec![0u8; n];
    let r = unsafe { recv(fd, buf.as_mut_ptr() as *mut c_void, n, flags) };
    if r < 0 {
        res(r)
    } else {
        format!("{} {:?}", r, String::from_utf8_lossy(&buf[..r as usize]))
    }
}
fn ename(e: i32) -> &'static str {
    match e {
        25 => "ENOTTY",
        88 => "ENOTSOCK",
        93 => "EPROTONOSUPPORT",
        94 => "ESOCKTNOSUPPORT",
        97 => "EAFNOSUPPORT",
        _ => errno_name(e),
    }
}

fn rn(r: isize) -> String {
    if r < 0 {
        let e = errno();
        format!("-1 {} {}", e, ename(e))
    } else {
        format!("{}", r)
    }
}

fn main() {
    let (r, w) = mkpipe();
    println!("shutdown r {}", rn(unsafe { shutdown(r, SHUT_RD) } as isize));
    println!("shutdown w {}", rn(unsafe { shutdown(w, SHUT_WR) } as isize));
    let buf = [1u8; 4];
    println!("send {}", rn(unsafe { send(w, buf.as_ptr() as *const c_void, 4, 0) }));
    let mut rb = [0u8; 4];
    println!("recv {}", rn(unsafe { recv(r, rb.as_mut_ptr() as *mut c_void, 4, 0) }));
    println!("pipe still works {}", res(wr(w, b"ok")));
    println!("read {}", rds(r, 4));
    unsafe {
        close(r);
        close(w);
    }
}
