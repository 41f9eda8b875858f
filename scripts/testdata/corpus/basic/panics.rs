//@ covers: a panic prints its message with the thread id to stderr and exits 101
fn main() {
    println!("before");
    let v: Vec<u32> = Vec::new();
    if v.is_empty() {
        panic!("boom");
    }
}
