//@ covers: 4 blocking readers and 4 blocking writers (25000 bytes each in 3000-byte writes) on one pipe: every byte is read exactly once
//@ seeds: 16
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn reader(r: i32) -> [usize; 8] {
    let mut counts = [0usize; 8];
    let mut buf = [0u8; 2048];
    loop {
        let n = unsafe { read(r, buf.as_mut_ptr() as *mut _, buf.len()) };
        assert!(n >= 0, "read failed");
        if n == 0 {
            return counts;
        }
        for i in 0..n as usize {
            counts[buf[i] as usize] += 1;
        }
    }
}

fn main() {
    let (r, w) = mkpipe();
    let mut readers = Vec::new();
    for _ in 0..4 {
        readers.push(std::thread::spawn(move || reader(r)));
    }
    let mut writers = Vec::new();
    for id in 0..4 {
        writers.push(std::thread::spawn(move || {
            let chunk = vec![id as u8; 3000];
            let mut sent = 0;
            while sent < 25000 {
                let k = if 25000 - sent < 3000 { 25000 - sent } else { 3000 };
                write_all(w, &chunk[..k]);
                sent += k;
            }
            sent
        }));
    }
    let mut written = 0;
    for t in writers {
        written += t.join().unwrap();
    }
    unsafe { close(w) };
    let mut per = [0usize; 8];
    for t in readers {
        let c = t.join().unwrap();
        for i in 0..8 {
            per[i] += c[i];
        }
    }
    let total: usize = per.iter().sum();
    println!("writers 4 readers 4 written {}", written);
    for id in 0..4 {
        println!("writer {} bytes read {}", id, per[id]);
    }
    println!("total read {}", total);
}
