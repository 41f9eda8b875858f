//@ covers: `1u32 << n` with n = 32 from a variable panics with "attempt to shift left with overflow"
fn shl(n: u32) -> u32 {
    1u32 << n
}

fn main() {
    println!("checked_shl(32) {:?} wrapping_shl(32) {}", 1u32.checked_shl(32), 1u32.wrapping_shl(32));
    println!("overflowing_shl(33) {:?}", 1u32.overflowing_shl(33));
    println!("u8 1 << 7 = {}", 1u8 << 7);
    println!("u64 1 << 63 = {}", 1u64 << 63);
    let mut n = 29;
    loop {
        println!("1 << {} = {}", n, shl(n));
        n += 1;
        if n > 40 {
            break;
        }
    }
    println!("unreachable");
}
