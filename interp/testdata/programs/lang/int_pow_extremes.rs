//@ covers: pow, wrapping/overflowing/checked/saturating_pow with exponent u32::MAX (no huge intermediate), and pow overflow panicking inside core
fn main() {
    let m = std::hint::black_box(u32::MAX);
    println!("{:?} {:?} {:?}", 3u8.overflowing_pow(m), (-3i16).overflowing_pow(m), 7u64.overflowing_pow(40));
    println!("{} {} {}", 3u8.wrapping_pow(m), (-3i16).wrapping_pow(m), 2u128.wrapping_pow(m));
    println!("{:?} {:?} {} {}", 12u32.checked_pow(m), 1u32.checked_pow(m), (-2i8).saturating_pow(m), (-2i8).saturating_pow(m - 1));
    println!("{} {}", (-1i32).pow(m), 0u8.pow(0));
    println!("{}", 12u32.pow(m));
}
