//@ covers: 2 blocking readers and 2 blocking writers (40000 bytes each in 5000-byte writes) on one pipe: every byte is read exactly once
//@ seeds: 16
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn reader(r: i32) -> [usize; 8] {
    let mut counts = [0usize; 8];
    let mut buf = [0u8; 1024];
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
    for _ in 0..2 {
        readers.push(std::thread::spawn(move || reader(r)));
    }
    let mut writers = Vec::new();
    for id in 0..2 {
        writers.push(std::thread::spawn(move || {
            let chunk = vec![id as u8; 5000];
            let mut sent = 0;
            while sent < 40000 {
                let k = if 40000 - sent < 5000 { 40000 - sent } else { 5000 };
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
    println!("writers 2 readers 2 written {}", written);
    for id in 0..2 {
        println!("writer {} bytes read {}", id, per[id]);
    }
    println!("total read {}", total);
}
