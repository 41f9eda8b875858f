//@ covers: fixture: the recorded stdout was edited, so this case fails with a diff
fn main() {
    println!("hello");
    println!("world {}", 6 * 7);
}
