// Arithmetic overflow in a debug build panics with rustc's message.
fn add(a: u8, b: u8) -> u8 { a + b }
fn main() {
    let mut x = 200u8;
    for i in 0..10u8 {
        x = add(x, i * 5);
        println!("{}", x);
    }
}
