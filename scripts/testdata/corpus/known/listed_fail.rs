//@ covers: fixture: listed in known-failures.txt and fails the listed way
fn main() {
    println!("hello");
    println!("world {}", 6 * 7);
}
