//@ covers: a pipeline of 4 threads connected by blocking pipes passes 30000 bytes along (each middle stage adds 1); the sink's checksum is fixed
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let n = 4;
    let len = 30000;
    let mut rs = Vec::new();
    let mut ws = Vec::new();
    for _ in 0..n - 1 {
        let (r, w) = mkpipe();
        rs.push(r);
        ws.push(w);
    }
    let mut handles = Vec::new();
    let w0 = ws[0];
    handles.push(std::thread::spawn(move || {
        let mut data = vec![0u8; len];
        for i in 0..len {
            data[i] = (i % 200) as u8;
        }
        let mut off = 0;
        while off < len {
            let k = if len - off < 3000 { len - off } else { 3000 };
            write_all(w0, &data[off..off + k]);
            off += k;
        }
        unsafe { close(w0) };
        (0u64, 0u64)
    }));
    for k in 1..n - 1 {
        let (r, w) = (rs[k - 1], ws[k]);
        handles.push(std::thread::spawn(move || {
            let mut buf = [0u8; 1500];
            loop {
                let m = unsafe { read(r, buf.as_mut_ptr() as *mut _, buf.len()) };
                assert!(m >= 0, "read failed");
                if m == 0 {
                    break;
                }
                for i in 0..m as usize {
                    buf[i] = buf[i] + 1;
                }
                write_all(w, &buf[..m as usize]);
            }
            unsafe {
                close(r);
                close(w);
            }
            (0u64, 0u64)
        }));
    }
    let last = rs[n - 2];
    handles.push(std::thread::spawn(move || {
        let data = read_to_eof(last);
        let mut sum = 0u64;
        let mut hash = 0u64;
        for &b in data.iter() {
            sum += b as u64;
            hash = (hash * 31 + b as u64) % 1000000007;
        }
        (data.len() as u64, sum * 1000000 + hash % 1000000)
    }));
    let mut result = (0u64, 0u64);
    for h in handles {
        let v = h.join().unwrap();
        if v.0 > 0 {
            result = v;
        }
    }
    println!("threads {} bytes at sink {}", n, result.0);
    println!("checksum {}", result.1);
}
