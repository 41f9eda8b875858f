//@ covers: i8::MIN % -1 panics with "attempt to calculate the remainder with overflow"
fn rem(a: i8, b: i8) -> i8 {
    a % b
}

fn main() {
    let a = i8::MIN;
    println!("wrapping_rem {}", a.wrapping_rem(-1));
    println!("checked_rem {:?}", a.checked_rem(-1));
    println!("overflowing_rem {:?}", a.overflowing_rem(-1));
    println!("-7 % 3 = {} 7 % -3 = {}", rem(-7, 3), rem(7, -3));
    println!("i32 MIN % -1 wrapping {}", i32::MIN.wrapping_rem(-1));
    println!("rem_euclid {}", (-128i8).rem_euclid(7));
    println!("i8 MIN % 2 = {}", rem(a, 2));
    println!("127 % -128 = {}", rem(127, a));
    for b in [7i8, -7, 1, -1] {
        println!("{} % {} = {}", a, b, rem(a, b));
    }
    println!("unreachable");
}
