//@ covers: i128/u128 multiplication, division, remainder, shifts, comparisons and hex formatting
fn factorial(n: u32) -> u128 {
    let mut f: u128 = 1;
    for i in 1..=n as u128 {
        f *= i;
    }
    f
}

fn isqrt(n: u128) -> u128 {
    if n < 2 {
        return n;
    }
    let mut x = n;
    let mut y = (x + 1) / 2;
    while y < x {
        x = y;
        y = (x + n / x) / 2;
    }
    x
}

fn main() {
    let f = factorial(34);
    println!("34! = {}", f);
    println!("34! hex {:x}", f);
    println!("34! / 33! = {}", f / factorial(33));
    println!("34! % 1e9+7 = {}", f % 1_000_000_007);
    let a: i128 = -123456789012345678901234567890;
    let b: i128 = 987654321;
    println!("a / b = {} a % b = {}", a / b, a % b);
    println!("a * -3 = {}", a * -3);
    println!("a >> 10 = {} (arith)", a >> 10);
    println!("(a as u128) >> 100 = {}", (a as u128) >> 100);
    println!("cmp {} {} {}", a < b, (a as u128) > (b as u128), a == a);
    println!("isqrt(2^100) = {}", isqrt(1u128 << 100));
    println!("isqrt(10^30+12345) = {}", isqrt(1_000_000_000_000_000_000_000_000_000_000 + 12345));
    let x: u128 = 0xfedc_ba98_7654_3210_0123_4567_89ab_cdef;
    println!("{:#x} {:X}", x, x.rotate_left(8));
    println!("{} {}", x.count_ones(), x.leading_zeros());
    println!("{:?}", (x as u64, (x >> 64) as u64));
    println!("{}", i128::MIN);
}
