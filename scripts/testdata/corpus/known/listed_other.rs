//@ covers: fixture: listed as unsupported in known-failures.txt but fails another way
fn main() {
    println!("hello");
    println!("world {}", 6 * 7);
}
