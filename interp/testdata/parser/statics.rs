// statics, static mut, consts and const fn.
static GREETING: &str = "hello";
static TABLE: [u16; 4] = [1, 1, 2, 3];
static mut COUNTER: u32 = 0;
const LIMIT: usize = 3;
const fn square(x: u32) -> u32 { x * x }
const SQ: u32 = square(12);
fn bump() -> u32 {
    unsafe { COUNTER += 1; COUNTER }
}
fn main() {
    for _ in 0..LIMIT { bump(); }
    let total: u16 = TABLE.iter().sum();
    println!("{} {} {} {}", GREETING, total, SQ, bump());
}
