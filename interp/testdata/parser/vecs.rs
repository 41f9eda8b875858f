// Vec operations: push, pop, extend, resize, truncate, indexing, iteration, sort.
fn main() {
    let mut v: Vec<i32> = Vec::with_capacity(4);
    for i in 0..6 { v.push(i * i - 5); }
    let last = v.pop();
    v.extend_from_slice(&[100, 200]);
    v.resize(9, -1);
    v.truncate(8);
    v[0] = 42;
    let evens: Vec<i32> = v.iter().filter(|x| **x % 2 == 0).cloned().collect();
    let pos = v.iter().position(|&x| x == 100);
    let mut sorted = v.clone();
    sorted.sort();
    println!("{:?} {:?} {:?} {:?}", v, last, evens, pos);
    println!("{:?} {} {}", sorted, v.contains(&4), v.iter().any(|&x| x < -4));
    let (l, r) = sorted.split_at(3);
    println!("{:?} {:?} {}", l, r, sorted.iter().all(|x| *x >= -5));
}
