//@ covers: mpsc channel with several cloned senders, blocking recv, iterating the receiver until all senders drop
use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel::<(u32, u32)>();
    let mut handles = Vec::new();
    for id in 0..3u32 {
        let tx = tx.clone();
        handles.push(thread::spawn(move || {
            for k in 0..4u32 {
                tx.send((id, k * k)).unwrap();
            }
            id
        }));
    }
    let first = rx.recv().unwrap();
    println!("first message is from a worker: {}", first.0 < 3);
    drop(tx);
    let mut got = vec![first];
    for msg in rx.iter() {
        got.push(msg);
    }
    got.sort();
    println!("received {} messages", got.len());
    println!("{:?}", got);
    let mut ids: Vec<u32> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    ids.sort();
    println!("workers {:?}", ids);
    let (tx2, rx2) = mpsc::channel::<String>();
    drop(tx2);
    println!("recv after all senders dropped: {:?}", rx2.recv());
    let (tx3, rx3) = mpsc::channel::<i32>();
    println!("try_recv empty: {:?}", rx3.try_recv());
    tx3.send(5).unwrap();
    println!("try_recv: {:?}", rx3.try_recv());
    drop(rx3);
    println!("send to dropped receiver is_err: {}", tx3.send(6).is_err());
    let (stx, srx) = mpsc::sync_channel::<u8>(1);
    let p = thread::spawn(move || {
        for b in 0..5u8 {
            stx.send(b).unwrap();
        }
    });
    let mut bytes = Vec::new();
    while let Ok(b) = srx.recv() {
        bytes.push(b);
    }
    p.join().unwrap();
    println!("sync_channel in order {:?}", bytes);
}
