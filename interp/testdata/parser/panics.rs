// A panic with a formatted message from main, after some output.
fn check(v: &[i32]) -> i32 {
    let mut s = 0;
    for x in v { s += x; }
    if s > 10 {
        panic!("sum too large: {}", s);
    }
    s
}
fn main() {
    println!("first {}", check(&[1, 2, 3]));
    println!("second {}", check(&[5, 6, 7]));
}
