//@ covers: debug-build i32 addition overflow panics with "attempt to add with overflow" (exit 101), after in-range adds
fn add(a: i32, b: i32) -> i32 {
    a + b
}

fn add_u64(a: u64, b: u64) -> u64 {
    a + b
}

fn main() {
    println!("u64 near max {}", add_u64(u64::MAX - 1, 1));
    println!("i32 negative side {}", add(i32::MIN + 5, -5));
    println!("wrapping {} checked {:?}", i32::MAX.wrapping_add(1), i32::MAX.checked_add(1));
    let mut acc: i32 = i32::MAX - 300;
    let steps = [100, 100, 100, 100];
    for (i, s) in steps.iter().enumerate() {
        println!("step {} acc {}", i, acc);
        acc = add(acc, *s);
    }
    println!("unreachable {}", acc);
}
