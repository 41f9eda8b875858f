//@ covers: recv with MSG_WAITALL for 100 bytes returns the 30 bytes received when the peer shuts down writing
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

const MSG_WAITALL: i32 = 0x100;

fn main() {
    let (a, b) = mksocketpair(0);
    let t = std::thread::spawn(move || {
        let mut buf = [0u8; 100];
        let r = unsafe { recv(a, buf.as_mut_ptr() as *mut _, 100, MSG_WAITALL) };
        let again = unsafe { recv(a, buf.as_mut_ptr() as *mut _, 100, MSG_WAITALL) };
        (res(r), res(again))
    });
    let data = vec![b'w'; 30];
    write_all(b, &data);
    nap(20);
    unsafe { shutdown(b, SHUT_WR) };
    let (first, second) = t.join().unwrap();
    println!("recv waitall {} then {}", first, second);
}
