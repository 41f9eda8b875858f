//@ covers: fixture: a loop that does not end (step limit and wall-clock timeout)
fn main() {
    let mut i: u64 = 1;
    while i != 0 {
        i = i.wrapping_add(2);
    }
    println!("unreachable {}", i);
}
