//@ covers: recv with MSG_WAITALL for 10 bytes stays blocked across a 4-byte send and returns 10 after the second send
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

const MSG_WAITALL: i32 = 0x100;

fn main() {
    let (a, b) = mksocketpair(0);
    let t = std::thread::spawn(move || {
        let mut buf = [0u8; 10];
        let r = unsafe { recv(a, buf.as_mut_ptr() as *mut _, 10, MSG_WAITALL) };
        format!("{} {:?}", res(r), String::from_utf8_lossy(&buf))
    });
    write_all(b, b"abcd");
    nap(20);
    write_all(b, b"efghij");
    let got = t.join().unwrap();
    println!("recv waitall {}", got);
}
