//@ covers: recv on a channel whose only sender is kept alive by the receiving thread
//@ interp-only: deadlock
use std::sync::mpsc::channel;

fn main() {
    let (tx, rx) = channel::<u32>();
    let t = std::thread::spawn(move || {
        for i in 0..3 {
            tx.send(i).unwrap();
        }
        tx
    });
    let mut sum = 0;
    for v in rx.iter() {
        sum += v;
    }
    drop(t);
    println!("sum {}", sum);
}
