//@ covers: a panic in a spawned thread prints "thread '<unnamed>' panicked at ...", join gives Err, main exits 0
use std::thread;

fn work(n: u32) -> u32 {
    if n == 3 {
        panic!("worker {} failed", n);
    }
    n * n
}

fn main() {
    let ok = thread::spawn(|| work(4));
    let r1 = ok.join();
    println!("first join is_ok {} value {:?}", r1.is_ok(), r1.as_ref().ok());
    let bad = thread::spawn(|| work(3));
    let r2 = bad.join();
    println!("second join is_err {}", r2.is_err());
    if let Err(payload) = r2 {
        let msg = payload.downcast_ref::<String>().cloned().unwrap_or_default();
        println!("payload {:?}", msg);
    }
    let named = thread::Builder::new().name("worker-7".to_string()).spawn(|| -> u32 { panic!("static message") });
    let r3 = named.unwrap().join();
    if let Err(payload) = r3 {
        println!("payload str {:?}", payload.downcast_ref::<&str>());
    }
    println!("main continues and exits 0");
}
