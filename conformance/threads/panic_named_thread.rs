//@ covers: a thread named via Builder shows its name in the panic message; join returns Err
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let t = std::thread::Builder::new()
        .name("worker-7".to_string())
        .spawn(|| {
            let v: Vec<i32> = Vec::new();
            v[3]
        })
        .unwrap();
    let r = t.join();
    println!("join is_err {}", r.is_err());
}
