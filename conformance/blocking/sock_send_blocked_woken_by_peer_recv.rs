//@ covers: a blocking send on a socket whose send buffer is full is woken when the peer reads; every byte arrives
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (a, b) = mksocketpair(0);
    set_nonblock(a, true);
    let filled = fill(a);
    set_nonblock(a, false);
    println!("filled > 0: {}", filled > 0);
    let t = std::thread::spawn(move || {
        let data = vec![b'e'; 100];
        res(wr(a, &data))
    });
    nap(20);
    let mut got = 0;
    let mut tail_ok = true;
    while got < filled + 100 {
        let (n, buf) = rd(b, 4096);
        assert!(n > 0, "read failed");
        for i in 0..buf.len() {
            if got + i >= filled && buf[i] != b'e' {
                tail_ok = false;
            }
        }
        got += n as usize;
    }
    let sent = t.join().unwrap();
    println!("blocked send returned {}", sent);
    println!("received filled+100: {} tail ok {}", got == filled + 100, tail_ok);
}
