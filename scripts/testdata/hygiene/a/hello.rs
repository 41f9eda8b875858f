//@ covers: println writes lines to stdout
fn main() {
    println!("hello");
    println!("world {}", 6 * 7);
}
