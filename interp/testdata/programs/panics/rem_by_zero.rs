//@ covers: integer remainder by zero panics with "attempt to calculate the remainder with a divisor of zero"
fn rem(a: i64, b: i64) -> i64 {
    a % b
}

fn main() {
    println!("rem_euclid {} {}", (-17i64).rem_euclid(5), (-17i64).div_euclid(5));
    println!("checked_rem by 0 {:?}", 5u8.checked_rem(0));
    println!("float rem {} {}", 7.5f64 % 2.0, (-7.5f64) % 2.0);
    let mut m: i64 = 3;
    while m >= -1 {
        println!("-17 % {} = {}", m, rem(-17, m));
        m -= 1;
    }
    println!("unreachable");
}
