// Loops of every shape: while, loop with break value, for over ranges, labelled breaks.
fn main() {
    let mut i = 0u32;
    let mut total = 0u64;
    while i < 10 {
        total += i as u64;
        i += 1;
    }
    let found = loop {
        i += 3;
        if i % 7 == 0 {
            break i;
        }
    };
    let mut acc = Vec::new();
    'outer: for a in 0..5 {
        for b in (0..=a).rev() {
            if a + b == 6 {
                break 'outer;
            }
            if b % 2 == 1 {
                continue;
            }
            acc.push(a * 10 + b);
        }
    }
    for s in (0..20).step_by(6) {
        total += s;
    }
    println!("{} {} {:?}", total, found, acc);
}
