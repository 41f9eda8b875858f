//@ covers: NonZero::new for several widths (zero gives None), get, Display/Debug/hex of NonZero, Option<NonZero> size
use std::num::{NonZeroI64, NonZeroU16, NonZeroU32, NonZeroU8};

fn main() {
    let a = NonZeroU8::new(200).unwrap();
    let b = NonZeroU16::new(0);
    let c = NonZeroI64::new(-7).unwrap();
    println!("{} {:?} {} {:?}", a, b, c, c);
    println!("get {} {} hex {:x}", a.get(), c.get(), NonZeroU32::new(255).unwrap());
    let sizes = (std::mem::size_of::<Option<NonZeroU8>>(), std::mem::size_of::<Option<NonZeroI64>>());
    println!("sizes {:?}", sizes);
    let total: u32 = [3u32, 0, 4].iter().filter_map(|&x| NonZeroU32::new(x)).map(|n| n.get()).sum();
    println!("sum of non-zero {}", total);
}
