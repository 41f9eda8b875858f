//@ covers: integer remainder by zero panics with "attempt to calculate the remainder with a divisor of zero"
fn rem(a: i64, b: i64) -> i64 {
    a % b
}

fn main() {
    println!("rem_euclid {} {}", (-17i64).rem_euclid(5), (-17i64).div_euclid(5));
    println!("checked_rem by 0 {:?}", 5u8.checked_rem(0));
    println!("float rem {} {}", 7.5f64 % 2.0, (-7.5f64) % 2.0);
    println!("u32 7 % 4 = {} checked {:?}", 7u32 % 4, 7u32.checked_rem(4));
    println!("wrapping_rem {}", 10i64.wrapping_rem(3));
    println!("i64 MIN % 3 = {}", rem(i64::MIN, 3));
    println!("rem by 1 {}", rem(12345, 1));
    let mut m: i64 = 3;
    while m >= -1 {
        println!("-17 % {} = {}", m, rem(-17, m));
        m -= 1;
    }
    println!("unreachable");
}
