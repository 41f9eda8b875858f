//@ covers: thread::spawn with closures returning values through join, move captures, scoped threads, results printed after join
use std::thread;

fn collatz_len(mut n: u64) -> u32 {
    let mut steps = 0;
    while n != 1 {
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        steps += 1;
    }
    steps
}

fn main() {
    let mut handles = Vec::new();
    for start in [7u64, 27, 97, 871] {
        handles.push(thread::spawn(move || (start, collatz_len(start))));
    }
    let mut results = Vec::new();
    for h in handles {
        results.push(h.join().unwrap());
    }
    println!("collatz {:?}", results);
    let data = vec![1u32, 2, 3, 4, 5, 6, 7, 8];
    let (left, right) = data.split_at(4);
    let (l, r) = (left.to_vec(), right.to_vec());
    let h1 = thread::spawn(move || l.iter().sum::<u32>());
    let h2 = thread::spawn(move || r.iter().product::<u32>());
    let sum = h1.join().unwrap();
    let prod = h2.join().unwrap();
    println!("sum {} product {}", sum, prod);
    let text = String::from("shared by scope");
    let mut counts = [0usize; 2];
    thread::scope(|s| {
        let (a, b) = counts.split_at_mut(1);
        s.spawn(|| a[0] = text.len());
        s.spawn(|| b[0] = text.split(' ').count());
    });
    println!("scoped {:?} text still usable: {}", counts, text);
    let h = thread::spawn(|| thread::current().name().map(|s| s.to_string()));
    println!("unnamed thread name {:?}", h.join().unwrap());
    let named = thread::Builder::new().name("calc".into()).spawn(|| thread::current().name().unwrap().len()).unwrap();
    println!("named thread name len {}", named.join().unwrap());
    println!("main thread name {:?}", thread::current().name());
    let nested = thread::spawn(|| {
        let inner = thread::spawn(|| 21);
        inner.join().unwrap() * 2
    });
    println!("nested {}", nested.join().unwrap());
}
