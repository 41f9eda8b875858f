//@ covers: two threads on the two ends of a socketpair each send 50000 bytes and read 50000 bytes concurrently without deadlock
//@ seeds: 16
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn side(fd: i32, byte: u8) -> (usize, bool) {
    let data = vec![byte; 50000];
    let writer = std::thread::spawn(move || write_all(fd, &data));
    let got = read_exact(fd, 50000);
    writer.join().unwrap();
    let other = if byte == b'L' { b'R' } else { b'L' };
    (got.len(), got.iter().all(|&x| x == other))
}

fn main() {
    let (a, b) = mksocketpair(0);
    let t1 = std::thread::spawn(move || side(a, b'L'));
    let t2 = std::thread::spawn(move || side(b, b'R'));
    let l = t1.join().unwrap();
    let r = t2.join().unwrap();
    println!("left got {:?}", l);
    println!("right got {:?}", r);
}
