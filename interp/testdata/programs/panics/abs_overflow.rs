//@ covers: i32::MIN.abs() in a debug build panics with "attempt to negate with overflow"
fn main() {
    println!("i8 abs {} i64 abs {}", (-128i16).abs(), (-9_000_000_000i64).abs());
    println!("saturating_abs {}", i32::MIN.saturating_abs());
    println!("overflowing_abs {:?}", i32::MIN.overflowing_abs());
    println!("signum {} {} {}", (-3i32).signum(), 0i32.signum(), i32::MIN.signum());
    println!("is_negative {} is_positive {}", i32::MIN.is_negative(), i32::MIN.is_positive());
    let vals = [-5i32, 7, -2147483647, i32::MIN];
    println!("unsigned_abs {}", i32::MIN.unsigned_abs());
    println!("wrapping_abs {}", i32::MIN.wrapping_abs());
    println!("checked_abs {:?}", i32::MIN.checked_abs());
    println!("abs_diff {}", i32::MIN.abs_diff(i32::MAX));
    let mut total: i64 = 0;
    for v in vals {
        let a = v.abs();
        total += a as i64;
        println!("abs({}) = {} total {}", v, a, total);
    }
    println!("unreachable {}", total);
}
