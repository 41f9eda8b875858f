//@ covers: 2 writers each writing 2000 1-byte records (<= PIPE_BUF) to one blocking pipe: no record is interleaved with another
//@ seeds: 16
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn read_record(r: i32, buf: &mut Vec<u8>) -> bool {
    let mut off = 0;
    while off < 1 {
        let n = unsafe { read(r, buf[off..].as_mut_ptr() as *mut _, 1 - off) };
        assert!(n >= 0, "read failed");
        if n == 0 {
            assert!(off == 0, "EOF inside a record");
            return false;
        }
        off += n as usize;
    }
    true
}

fn main() {
    let (r, w) = mkpipe();
    let mut writers = Vec::new();
    for id in 0..2 {
        writers.push(std::thread::spawn(move || {
            let rec = vec![b'a' + id as u8; 1];
            for _ in 0..2000 {
                let n = wr(w, &rec);
                assert!(n == 1 as isize, "short write");
            }
        }));
    }
    let t = std::thread::spawn(move || {
        let mut counts = [0usize; 8];
        let mut mixed = 0;
        let mut buf = vec![0u8; 1];
        while read_record(r, &mut buf) {
            let first = buf[0];
            if buf.iter().all(|&b| b == first) {
                counts[(first - b'a') as usize] += 1;
            } else {
                mixed += 1;
            }
        }
        (counts, mixed)
    });
    for h in writers {
        h.join().unwrap();
    }
    unsafe { close(w) };
    let (counts, mixed) = t.join().unwrap();
    for id in 0..2 {
        println!("writer {} whole records {}", id, counts[id]);
    }
    println!("interleaved records {}", mixed);
}
