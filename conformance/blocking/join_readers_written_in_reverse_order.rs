//@ covers: four threads each blocked reading their own pipe are released by writes in reverse order; joins in spawn order see each its own data
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let mut ws = Vec::new();
    let mut hs = Vec::new();
    for i in 0..4 {
        let (r, w) = mkpipe();
        ws.push(w);
        hs.push(std::thread::spawn(move || format!("thread {} got {}", i, rds(r, 32))));
    }
    nap(20);
    for i in (0..4).rev() {
        write_all(ws[i], format!("msg{}", i).as_bytes());
        nap(2);
    }
    for h in hs {
        println!("{}", h.join().unwrap());
    }
}
