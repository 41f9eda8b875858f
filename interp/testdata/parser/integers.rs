// Integer widths, wrapping/checked/saturating arithmetic, shifts and casts.
fn main() {
    let a: u8 = 250;
    let b: i8 = -128;
    println!("{} {:?} {:?} {}", a.wrapping_add(10), a.checked_add(10), b.checked_neg(), a.saturating_add(9));
    let big: u128 = u128::MAX / 3;
    let neg: i128 = -170141183460469231731687303715884105728;
    println!("{} {}", big, neg);
    println!("{} {} {}", u64::MAX, i64::MIN, usize::MAX);
    let x: i32 = -7;
    println!("{} {} {} {}", x / 2, x % 3, x >> 1, (x as u32) >> 28);
    println!("{} {} {}", 300i32 as u8, -1i64 as u16, 3.99f64 as i32);
    println!("{} {}", 1u64 << 40, 0xF0u8.rotate_left(2));
    println!("{} {} {}", 12u32.pow(3), 17i32.rem_euclid(5), (-17i32).rem_euclid(5));
    println!("{} {}", u32::from(7u8) + 1, i64::from(-3i32) * 2);
}
