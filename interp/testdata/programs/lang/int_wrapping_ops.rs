//@ covers: exact wrapping_* arithmetic (add, sub, mul, neg, shl, shr, div, rem, abs) at every integer width
fn main() {
    println!("u8 add {} sub {} mul {}", 250u8.wrapping_add(10), 3u8.wrapping_sub(5), 16u8.wrapping_mul(17));
    println!("i8 add {} sub {} mul {} neg {}", 120i8.wrapping_add(10), (-120i8).wrapping_sub(10),
        64i8.wrapping_mul(3), i8::MIN.wrapping_neg());
    println!("i8 div {} rem {} abs {}", i8::MIN.wrapping_div(-1), i8::MIN.wrapping_rem(-1), i8::MIN.wrapping_abs());
    println!("u16 add {} mul {}", 65535u16.wrapping_add(2), 300u16.wrapping_mul(300));
    println!("i16 add {} neg {}", i16::MAX.wrapping_add(1), i16::MIN.wrapping_neg());
    println!("u32 add {} sub {} mul {}", u32::MAX.wrapping_add(5), 0u32.wrapping_sub(1), 0x10000u32.wrapping_mul(0x10001));
    println!("i32 add {} mul {} div {}", i32::MAX.wrapping_add(1), 0x4000_0000i32.wrapping_mul(4), i32::MIN.wrapping_div(-1));
    println!("u32 shl {} shr {}", 1u32.wrapping_shl(33), 0x8000_0000u32.wrapping_shr(35));
    println!("i32 shl {} shr {}", 1i32.wrapping_shl(31), i32::MIN.wrapping_shr(31));
    println!("u64 add {} mul {}", u64::MAX.wrapping_add(u64::MAX), 0xdead_beef_u64.wrapping_mul(0x1_0000_0001));
    println!("i64 sub {} neg {}", i64::MIN.wrapping_sub(1), i64::MIN.wrapping_neg());
    println!("u128 add {} mul {}", u128::MAX.wrapping_add(3), (1u128 << 127).wrapping_mul(2));
    println!("i128 add {} mul {}", i128::MAX.wrapping_add(1), i128::MIN.wrapping_mul(-1));
    println!("usize sub {} isize add {}", 0usize.wrapping_sub(1), isize::MAX.wrapping_add(2));
    let mut h: u32 = 2166136261;
    for b in b"hello wrapping" {
        h ^= *b as u32;
        h = h.wrapping_mul(16777619);
    }
    println!("fnv1a {:08x}", h);
    let mut x: u64 = 88172645463325252;
    for _ in 0..5 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        print!("{} ", x % 1000);
    }
    println!();
    let mut acc: i16 = 1;
    for i in 1..=12 {
        acc = acc.wrapping_mul(i);
    }
    println!("12! in i16 {}", acc);
}
