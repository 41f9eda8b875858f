//@ covers: reading fd 0 with raw read() until it returns 0 yields exactly the provided stdin bytes
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let mut total = 0;
    let mut chunks = Vec::new();
    loop {
        let (r, b) = rd(0, 7);
        if r <= 0 {
            println!("final {}", res(r));
            break;
        }
        total += r as usize;
        chunks.extend_from_slice(&b);
    }
    println!("total {}", total);
    println!("text {:?}", String::from_utf8_lossy(&chunks));
    println!("read again {}", rds(0, 7));
}
