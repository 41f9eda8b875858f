//@ covers: closing an end that still has unread received data makes the peer's read fail with ECONNRESET once
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
    let (a, b) = mksocketpair(0);
    println!("b write {}", res(wr(b, b"never read")));
    unsafe { close(a) };
    let (r, _) = rd(b, 8);
    println!("b read {}", rn(r));
    let (r, _) = rd(b, 8);
    println!("b read again {}", rn(r));
    println!("b write {}", rn(wr(b, b"x")));
    unsafe { close(b) };
}
