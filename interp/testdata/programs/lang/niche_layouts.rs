//@ covers: size_of of Option/Result niche layouts (references, Box, NonZero, bool, char, enums) and of plain types
use std::mem::{align_of, size_of};
use std::num::NonZeroU32;

#[allow(dead_code)]
enum Three {
    A,
    B,
    C,
}

#[allow(dead_code)]
enum WithData {
    X(u32),
    Y(u8),
}

fn main() {
    println!("Option<&u8> {}", size_of::<Option<&u8>>());
    println!("Option<&mut [u8]> {}", size_of::<Option<&mut [u8]>>());
    println!("Option<Box<i32>> {}", size_of::<Option<Box<i32>>>());
    println!("Option<u32> {}", size_of::<Option<u32>>());
    println!("Option<u8> {}", size_of::<Option<u8>>());
    println!("Option<u64> {} align {}", size_of::<Option<u64>>(), align_of::<Option<u64>>());
    println!("Option<NonZeroU32> {}", size_of::<Option<NonZeroU32>>());
    println!("Option<bool> {}", size_of::<Option<bool>>());
    println!("Option<char> {}", size_of::<Option<char>>());
    println!("Option<Option<bool>> {}", size_of::<Option<Option<bool>>>());
    println!("Option<Three> {}", size_of::<Option<Three>>());
    println!("Result<u32, ()> {}", size_of::<Result<u32, ()>>());
    println!("Result<(), ()> {}", size_of::<Result<(), ()>>());
    println!("Result<&u8, ()> {}", size_of::<Result<&u8, ()>>());
    println!("Result<u64, u8> {}", size_of::<Result<u64, u8>>());
    println!("WithData {}", size_of::<WithData>());
    println!("Option<String> {} String {}", size_of::<Option<String>>(), size_of::<String>());
    println!("Option<Vec<u8>> {}", size_of::<Option<Vec<u8>>>());
    println!("&str {} &[u64] {} Box<[u8]> {}", size_of::<&str>(), size_of::<&[u64]>(), size_of::<Box<[u8]>>());
    println!("() {} [u16; 5] {} (u8, u32) {}", size_of::<()>(), size_of::<[u16; 5]>(), size_of::<(u8, u32)>());
    println!("fn ptr {} Option<fn()> {}", size_of::<fn()>(), size_of::<Option<fn()>>());
    println!("u128 align {} f64 align {}", align_of::<u128>(), align_of::<f64>());
    let x = 7u8;
    let o: Option<&u8> = Some(&x);
    let n: Option<&u8> = None;
    let raw: usize = unsafe { std::mem::transmute(n) };
    println!("None<&u8> as usize {} Some is non-null {}", raw, unsafe { std::mem::transmute::<_, usize>(o) } != 0);
    let nz = NonZeroU32::new(5);
    println!("{:?} {:?}", nz, NonZeroU32::new(0));
}
