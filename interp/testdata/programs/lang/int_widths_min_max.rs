//@ covers: MIN/MAX, size_of and Display of every integer width i8..i128, u8..u128, isize/usize
use std::mem::size_of;

fn main() {
    println!("i8 {} {} {}", i8::MIN, i8::MAX, size_of::<i8>());
    println!("i16 {} {} {}", i16::MIN, i16::MAX, size_of::<i16>());
    println!("i32 {} {} {}", i32::MIN, i32::MAX, size_of::<i32>());
    println!("i64 {} {} {}", i64::MIN, i64::MAX, size_of::<i64>());
    println!("i128 {} {} {}", i128::MIN, i128::MAX, size_of::<i128>());
    println!("isize {} {} {}", isize::MIN, isize::MAX, size_of::<isize>());
    println!("u8 {} {} {}", u8::MIN, u8::MAX, size_of::<u8>());
    println!("u16 {} {} {}", u16::MIN, u16::MAX, size_of::<u16>());
    println!("u32 {} {} {}", u32::MIN, u32::MAX, size_of::<u32>());
    println!("u64 {} {} {}", u64::MIN, u64::MAX, size_of::<u64>());
    println!("u128 {} {} {}", u128::MIN, u128::MAX, size_of::<u128>());
    println!("usize {} {} {}", usize::MIN, usize::MAX, size_of::<usize>());
    // arithmetic that stays in range
    let a: i8 = -100;
    let b: i8 = 27;
    println!("i8 ops {} {} {} {} {}", a + b, a - b / 2, a / b, a % b, -a);
    let c: u16 = 60000;
    println!("u16 ops {} {} {}", c / 7, c % 7, c >> 3);
    let d: i64 = -9_000_000_000;
    println!("i64 ops {} {} {}", d * 3, d / -7, d % 1000);
    let e: u128 = 1 << 100;
    println!("u128 shift {} {}", e, e >> 99);
    let f: i128 = -(1i128 << 120);
    println!("i128 neg {} {}", f, f / 3);
    println!("bits {} {} {}", 0x00f0u16.count_ones(), 1u32.leading_zeros(), 8u64.trailing_zeros());
    println!("abs {} pow {} signum {}", (-5i32).abs(), 3i64.pow(20), (-9i16).signum());
    println!("min/max {} {}", 4u8.min(9), (-4i32).max(-9));
}
