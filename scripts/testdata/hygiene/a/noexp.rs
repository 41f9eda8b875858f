//@ covers: fixture: a case without expectation files
fn main() {
    println!("hello");
    println!("world {}", 6 * 7);
}
