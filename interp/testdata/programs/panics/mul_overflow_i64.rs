//@ covers: debug-build i64 multiplication overflow panics with "attempt to multiply with overflow"
fn mul(a: i64, b: i64) -> i64 {
    a * b
}

fn mul_u16(a: u16, b: u16) -> u16 {
    a * b
}

fn main() {
    println!("u16 255*257 = {}", mul_u16(255, 257));
    println!("i64 MIN*1 = {}", mul(i64::MIN, 1));
    println!("overflowing {:?}", i64::MAX.overflowing_mul(2));
    let mut f: i64 = 1;
    for n in 1..=25 {
        f = mul(f, n);
        if n >= 18 {
            println!("{}! = {}", n, f);
        }
    }
    println!("unreachable {}", f);
}
