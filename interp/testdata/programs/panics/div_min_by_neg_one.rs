//@ covers: i32::MIN / -1 panics with "attempt to divide with overflow" (after wrapping_div/checked_div show the edge)
fn div(a: i32, b: i32) -> i32 {
    a / b
}

fn main() {
    let a = i32::MIN;
    println!("wrapping_div {}", a.wrapping_div(-1));
    println!("checked_div {:?}", a.checked_div(-1));
    println!("overflowing_div {:?}", a.overflowing_div(-1));
    println!("i64 MIN / -1 checked {:?}", i64::MIN.checked_div(-1));
    println!("-7 / 2 = {} 7 / -2 = {}", div(-7, 2), div(7, -2));
    println!("div_euclid {} rem_euclid {}", (-7i32).div_euclid(2), (-7i32).rem_euclid(2));
    println!("saturating_div {}", i32::MIN.saturating_div(-1));
    println!("i16 MIN / -1 wrapping {}", i16::MIN.wrapping_div(-1));
    for b in [2, 1, -1] {
        println!("{} / {} = {}", a, b, div(a, b));
    }
    println!("unreachable");
}
