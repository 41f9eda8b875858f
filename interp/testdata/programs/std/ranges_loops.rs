//@ covers: ranges in for loops (0..n, 0..=n, .rev(), .step_by()), while/loop with break values, labeled breaks, range methods
fn main() {
    for i in 0..5 {
        print!("{} ", i);
    }
    println!();
    for i in 0..=5 {
        print!("{} ", i);
    }
    println!();
    for i in (0..5).rev() {
        print!("{} ", i);
    }
    println!();
    for i in (0..20).step_by(6) {
        print!("{} ", i);
    }
    println!();
    for i in (1..=10).rev().step_by(3) {
        print!("{} ", i);
    }
    println!();
    for i in 5..5 {
        print!("never {}", i);
    }
    for i in (-3i8..=3).step_by(2) {
        print!("{} ", i);
    }
    println!();
    let mut n = 0;
    let found = loop {
        n += 7;
        if n % 5 == 0 {
            break n;
        }
    };
    println!("loop break value {}", found);
    let mut k = 100;
    while k > 1 {
        k /= 3;
    }
    println!("while end {}", k);
    let mut pairs = Vec::new();
    'outer: for a in 1..10 {
        for b in 1..10 {
            if a * b > 12 {
                continue 'outer;
            }
            if a + b == 9 {
                pairs.push((a, b));
                break 'outer;
            }
        }
    }
    println!("labeled {:?}", pairs);
    let r = 3..8;
    println!("{:?} len {} contains 8 {} contains 3 {}", r, r.len(), r.contains(&8), r.contains(&3));
    let ri = 1..=4;
    println!("{:?} start {} end {} sum {}", ri, ri.start(), ri.end(), ri.clone().sum::<i32>());
    println!("{:?} {:?}", (0..0).is_empty(), (..5));
    let total: u64 = (1..=100u64).sum();
    println!("sum 1..=100 {}", total);
    let evens: Vec<u32> = (0..10).filter(|x| x % 2 == 0).collect();
    println!("{:?}", evens);
    for (i, c) in ('a'..='e').enumerate() {
        print!("{}{} ", i, c);
    }
    println!();
    let mut count = 0;
    for _ in (0..u32::MAX).step_by(1 << 30) {
        count += 1;
    }
    println!("big step count {}", count);
}
