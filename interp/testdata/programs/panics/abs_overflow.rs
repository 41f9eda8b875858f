//@ covers: i32::MIN.abs() in a debug build panics with "attempt to negate with overflow"
fn main() {
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
