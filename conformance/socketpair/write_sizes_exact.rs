//@ covers: blocking writes of 1, 4095, 4096, 4097 and 65537 bytes are read back intact with a reader thread
//@ seeds: 4
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (a, b) = mksocketpair(0);
    let sizes = [1usize, 4095, 4096, 4097, 65537];
    let total: usize = sizes.iter().sum();
    let t = std::thread::spawn(move || read_exact(b, total));
    for n in sizes {
        let data = vec![(n % 256) as u8; n];
        write_all(a, &data);
    }
    let got = t.join().unwrap();
    let mut off = 0;
    for n in sizes {
        let ok = got[off..off + n].iter().all(|&x| x == (n % 256) as u8);
        println!("chunk {} intact {}", n, ok);
        off += n;
    }
    unsafe {
        close(a);
        close(b);
    }
}
