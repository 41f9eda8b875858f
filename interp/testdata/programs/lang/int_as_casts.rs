//@ covers: `as` casts: truncation, sign/zero extension, float->int saturation (NaN, inf), int->float rounding
fn main() {
    let big: i32 = 0x1234_5678;
    println!("i32->u8 {} i32->i8 {} i32->u16 {}", big as u8, big as i8, big as u16);
    let neg: i8 = -1;
    println!("i8->u8 {} i8->u32 {} i8->i64 {} i8->u128 {}", neg as u8, neg as u32, neg as i64, neg as u128);
    let hi: u8 = 200;
    println!("u8->i8 {} u8->i32 {} u8->char {:?}", hi as i8, hi as i32, hi as char);
    let w: u64 = u64::MAX;
    println!("u64->i64 {} u64->u32 {} u64->i128 {}", w as i64, w as u32, w as i128);
    let m: i128 = -170141183460469231731687303715884105728;
    println!("i128->i64 {} i128->u64 {}", m as i64, (m + 12345) as u64);
    println!("usize->u8 {} isize->usize {}", 300usize as u8, -2isize as usize);
    println!("bool {} {} char {} {}", true as i32, false as u8, 'A' as u8, '\u{1F600}' as u32);
    println!("char u8 cut {}", '\u{1F600}' as u8);
    let floats = [3.99f64, -3.99, 255.5, 256.0, -1.0, 1e20, -1e20, f64::NAN, f64::INFINITY, f64::NEG_INFINITY];
    for f in floats {
        println!("{} -> u8 {} i8 {} i32 {} u64 {} i64 {}", f, f as u8, f as i8, f as i32, f as u64, f as i64);
    }
    let g: f32 = 16777217.0;
    println!("f32 {} -> i32 {}", g, g as i32);
    println!("u64 max -> f64 {} -> f32 {}", u64::MAX as f64, u64::MAX as f32);
    println!("i64 {} -> f64 {}", 9007199254740993i64, 9007199254740993i64 as f64);
    println!("f64 -> f32 {} f32 -> f64 {}", 0.1f64 as f32, 0.1f32 as f64);
    println!("1e40 -> f32 {}", 1e40f64 as f32);
    println!("u128 -> f32 {}", u128::MAX as f32);
    println!("f32 1e38 -> u128 {} i128 {}", 1e38f32 as u128, -1e38f32 as i128);
}
