//@ covers: join of a thread that panicked returns Err with the payload; main continues
fn main() {
    let h = std::thread::spawn(|| {
        if true {
            panic!("worker failed with code {}", 7);
        }
        5
    });
    let r = h.join();
    match r {
        Ok(v) => println!("ok {}", v),
        Err(e) => println!("err payload {:?}", e.downcast_ref::<String>()),
    }
    println!("main continues");
}
