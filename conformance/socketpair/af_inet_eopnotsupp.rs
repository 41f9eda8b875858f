//@ covers: socketpair(AF_INET, SOCK_STREAM) fails with EOPNOTSUPP; Linux still stores the reserved fd numbers in sv[] before failing, and frees them
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
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
    let mut fds = [-5i32; 2];
    let r = unsafe { socketpair(2, SOCK_STREAM, 0, fds.as_mut_ptr()) };
    println!("af_inet {}", rn(r as isize));
    println!("fds {:?}", fds);
    let (a, b) = mksocketpair(0);
    println!("next pair {} {}", a, b);
    unsafe {
        close(a);
        close(b);
    }
}
