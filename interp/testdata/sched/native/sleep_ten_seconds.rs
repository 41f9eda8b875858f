//@ covers: sleeps totalling ten seconds across two threads (virtual time makes them free)
use std::thread;
use std::time::Duration;

fn main() {
    let h = thread::spawn(|| {
        for _ in 0..50 {
            thread::sleep(Duration::from_millis(100));
        }
        50
    });
    for _ in 0..50 {
        thread::sleep(Duration::from_millis(100));
    }
    println!("slept {} + 50 times", h.join().unwrap());
}
