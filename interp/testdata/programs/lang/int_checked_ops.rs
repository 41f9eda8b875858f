//@ covers: checked_* ops give None exactly on overflow, div/rem by zero, MIN/-1 and oversized shifts
fn show(label: &str, v: Option<i64>) {
    match v {
        Some(x) => println!("{} = Some({})", label, x),
        None => println!("{} = None", label),
    }
}

fn main() {
    println!("{:?} {:?}", 255u8.checked_add(1), 254u8.checked_add(1));
    println!("{:?} {:?}", 0u16.checked_sub(1), 9u16.checked_sub(9));
    println!("{:?} {:?}", 70000u32.checked_mul(70000), 65535u32.checked_mul(65537));
    println!("{:?} {:?}", 7i32.checked_div(0), i32::MIN.checked_div(-1));
    println!("{:?} {:?}", 7i32.checked_rem(0), i32::MIN.checked_rem(-1));
    println!("{:?} {:?}", (-7i32).checked_div(2), (-7i32).checked_rem(2));
    println!("{:?} {:?}", i8::MIN.checked_neg(), 5i8.checked_neg());
    println!("{:?} {:?}", 0u8.checked_neg(), 1u8.checked_neg());
    println!("{:?} {:?}", 1u32.checked_shl(32), 1u32.checked_shl(31));
    println!("{:?} {:?}", 1i64.checked_shr(64), (-64i64).checked_shr(3));
    println!("{:?} {:?}", i64::MAX.checked_add(1), i64::MIN.checked_abs());
    println!("{:?} {:?}", 3u64.checked_pow(40), 3u64.checked_pow(41));
    println!("{:?}", u128::MAX.checked_add(1));
    println!("{:?}", i128::MAX.checked_mul(2));
    println!("{:?}", usize::MAX.checked_add(0));
    show("i64::MAX - (-1)", i64::MAX.checked_sub(-1));
    show("1e18 * 9", 1_000_000_000_000_000_000i64.checked_mul(9));
    show("1e18 * 10", 1_000_000_000_000_000_000i64.checked_mul(10));
    // factorials until overflow
    let mut f: u32 = 1;
    let mut n: u32 = 1;
    loop {
        match f.checked_mul(n) {
            Some(v) => { f = v; n += 1; }
            None => break,
        }
    }
    println!("largest u32 factorial {}! = {}", n - 1, f);
}
