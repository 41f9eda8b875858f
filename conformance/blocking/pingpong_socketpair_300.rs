//@ covers: ping-pong of one byte over a single blocking socketpair for 300 round trips; shutdown(SHUT_WR) ends the echo thread
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (a, b) = mksocketpair(0);
    let t = std::thread::spawn(move || {
        let mut rounds = 0u32;
        loop {
            let (n, buf) = rd(b, 1);
            if n == 0 {
                break;
            }
            write_all(b, &[buf[0].wrapping_add(1)]);
            rounds += 1;
        }
        rounds
    });
    let mut v = 0u8;
    for _ in 0..300 {
        write_all(a, &[v]);
        let (n, buf) = rd(a, 1);
        assert!(n == 1, "short read");
        v = buf[0];
    }
    unsafe { shutdown(a, SHUT_WR) };
    let rounds = t.join().unwrap();
    println!("rounds {} final byte {}", rounds, v);
}
