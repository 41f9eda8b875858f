//@ covers: socketpair errors: unknown domain, out-of-range type, unknown type flags, protocol other than 0/PF_UNIX, unsupported type
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

fn sp(domain: i32, ty: i32, proto: i32) -> String {
    let mut fds = [-1i32; 2];
    let r = unsafe { socketpair(domain, ty, proto, fds.as_mut_ptr()) };
    if r == 0 {
        unsafe {
            close(fds[0]);
            close(fds[1]);
        }
    }
    rn(r as isize)
}

fn main() {
    println!("domain 9999 {}", sp(9999, SOCK_STREAM, 0));
    println!("AF_INET6 {}", sp(10, SOCK_STREAM, 0));
    println!("type 99 {}", sp(AF_UNIX, 99, 0));
    println!("type 0 {}", sp(AF_UNIX, 0, 0));
    println!("SOCK_RDM {}", sp(AF_UNIX, 4, 0));
    println!("unknown flag {}", sp(AF_UNIX, SOCK_STREAM | 0x100000, 0));
    println!("protocol 1 (PF_UNIX) {}", sp(AF_UNIX, SOCK_STREAM, 1));
    println!("protocol 2 {}", sp(AF_UNIX, SOCK_STREAM, 2));
    println!("stream ok {}", sp(AF_UNIX, SOCK_STREAM, 0));
}
