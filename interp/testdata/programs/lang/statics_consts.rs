//@ covers: static items, `static mut` with unsafe access, const items and const fn evaluation, promoted constants
const MAX: usize = 4;
const SQUARES: [u32; MAX] = make_squares();
const GREETING: &str = "hello";
const MASK: u32 = (1 << 12) - 1;
const NEG: i64 = -(i32::MAX as i64) * 2;

static COUNT_NAME: &str = "counter";
static TABLE: [u8; 5] = [2, 3, 5, 7, 11];
static mut COUNTER: u32 = 0;
static mut LOG: [u8; 8] = [0; 8];

const fn make_squares() -> [u32; MAX] {
    let mut a = [0u32; MAX];
    let mut i = 0;
    while i < MAX {
        a[i] = (i * i) as u32;
        i += 1;
    }
    a
}

const fn gcd(a: u64, b: u64) -> u64 {
    if b == 0 { a } else { gcd(b, a % b) }
}

const G: u64 = gcd(1071, 462);

fn bump() -> u32 {
    unsafe {
        COUNTER += 1;
        LOG[(COUNTER as usize) % 8] = COUNTER as u8;
        COUNTER
    }
}

fn promoted() -> &'static [i32] {
    &[10, 20, 30]
}

fn static_ref() -> &'static u8 {
    &TABLE[4]
}

fn main() {
    println!("{:?} {} {:#x} {}", SQUARES, GREETING, MASK, NEG);
    println!("gcd {} const block {}", G, const { 6 * 7 });
    println!("{} {:?} sum {}", COUNT_NAME, TABLE, TABLE.iter().map(|&x| x as u32).sum::<u32>());
    for _ in 0..3 {
        bump();
    }
    let c = bump();
    println!("counter {}", c);
    let log = unsafe { *std::ptr::addr_of!(LOG) };
    println!("log {:?}", log);
    let p = promoted();
    println!("promoted {:?} same addr {}", p, p.as_ptr() == promoted().as_ptr());
    println!("static ref {} {}", static_ref(), std::ptr::eq(static_ref(), &TABLE[4]));
    let r: &'static i32 = &(40 + 2);
    println!("promoted expr {}", r);
    println!("len {}", GREETING.len() + SQUARES.len());
    let addr_mut = &raw const COUNTER;
    println!("via raw {}", unsafe { *addr_mut });
}
