//@ covers: ping-pong over two blocking pipes between two threads: 100 round trips each wake the other side
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn put(fd: i32, v: u32) {
    write_all(fd, &[v as u8, (v >> 8) as u8, (v >> 16) as u8, (v >> 24) as u8]);
}

fn get(fd: i32) -> Option<u32> {
    let (n, b) = rd(fd, 4);
    if n == 0 {
        return None;
    }
    assert!(n == 4, "short read");
    Some(b[0] as u32 | (b[1] as u32) << 8 | (b[2] as u32) << 16 | (b[3] as u32) << 24)
}

fn main() {
    let (r1, w1) = mkpipe();
    let (r2, w2) = mkpipe();
    let t = std::thread::spawn(move || {
        let mut rounds = 0u32;
        while let Some(v) = get(r1) {
            put(w2, v + 1);
            rounds += 1;
        }
        unsafe { close(w2) };
        rounds
    });
    let mut counter = 0u32;
    for _ in 0..100 {
        put(w1, counter);
        counter = get(r2).unwrap();
    }
    unsafe { close(w1) };
    let rounds = t.join().unwrap();
    println!("final counter {}", counter);
    println!("echo thread rounds {}", rounds);
    println!("after close {:?}", get(r2));
}
