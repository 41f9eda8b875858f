//@ covers: fixture: listed in known-failures.txt but passes
fn main() {
    println!("hello");
    println!("world {}", 6 * 7);
}
