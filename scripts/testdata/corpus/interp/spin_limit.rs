//@ covers: fixture: an interp-only case whose blessed outcome is the step limit
//@ interp-only: step-limit
//@ max-steps: 20000
fn main() {
    println!("start");
    let mut i: u64 = 1;
    while i != 0 {
        i = i.wrapping_add(2);
    }
    println!("unreachable {}", i);
}
