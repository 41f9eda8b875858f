//@ covers: overflowing_* ops return (wrapped value, overflow flag) at each width, incl. shifts and neg
fn main() {
    println!("{:?}", 200u8.overflowing_add(100));
    println!("{:?}", 200u8.overflowing_add(55));
    println!("{:?}", 0u8.overflowing_sub(1));
    println!("{:?}", (-128i8).overflowing_sub(1));
    println!("{:?}", 100i8.overflowing_mul(2));
    println!("{:?}", i8::MIN.overflowing_neg());
    println!("{:?}", 0i8.overflowing_neg());
    println!("{:?}", 5u8.overflowing_neg());
    println!("{:?}", i16::MIN.overflowing_div(-1));
    println!("{:?}", i16::MIN.overflowing_rem(-1));
    println!("{:?}", 1u32.overflowing_shl(32));
    println!("{:?}", 1u32.overflowing_shl(31));
    println!("{:?}", 256u32.overflowing_shr(40));
    println!("{:?}", u32::MAX.overflowing_mul(u32::MAX));
    println!("{:?}", i32::MAX.overflowing_add(i32::MAX));
    println!("{:?}", i64::MIN.overflowing_add(-1));
    println!("{:?}", u64::MAX.overflowing_add(1));
    println!("{:?}", (u64::MAX / 3).overflowing_mul(3));
    println!("{:?}", i128::MIN.overflowing_sub(1));
    println!("{:?}", u128::MAX.overflowing_mul(2));
    println!("{:?}", usize::MAX.overflowing_add(1));
    println!("{:?}", isize::MIN.overflowing_abs());
    // a carry chain built on overflowing_add
    let a = [u64::MAX, 5, u64::MAX];
    let b = [1u64, u64::MAX - 5, 0];
    let mut carry = false;
    let mut out = [0u64; 3];
    for i in 0..3 {
        let (s1, c1) = a[i].overflowing_add(b[i]);
        let (s2, c2) = s1.overflowing_add(carry as u64);
        out[i] = s2;
        carry = c1 || c2;
    }
    println!("sum {:?} carry {}", out, carry);
}
