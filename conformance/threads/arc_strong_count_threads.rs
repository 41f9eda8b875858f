//@ covers: Arc::strong_count counts clones held by live threads (5 while 4 threads wait) and is 1 after all are joined
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
use std::sync::Arc;

fn main() {
    let shared = Arc::new(mkpipe());
    let (go_r, go_w) = mkpipe();
    println!("start {}", Arc::strong_count(&shared));
    let mut handles = Vec::new();
    for i in 0..4u8 {
        let s = shared.clone();
        handles.push(std::thread::spawn(move || {
            let (n, _) = rd(go_r, 1);
            let (_, w) = *s;
            n + wr(w, &[b'0' + i])
        }));
    }
    println!("while threads wait {}", Arc::strong_count(&shared));
    write_all(go_w, b"gggg");
    let mut total = 0;
    for h in handles {
        total += h.join().unwrap();
    }
    println!("after join {}", Arc::strong_count(&shared));
    println!("go bytes + bytes written {}", total);
    let (r, _) = *shared;
    println!("fionread {}", fionread(r));
}
