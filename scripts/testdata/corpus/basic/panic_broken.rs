//@ covers: fixture: the recorded stderr was edited; the run's stderr is normalised (thread id)
fn main() {
    println!("before");
    let v: Vec<u32> = Vec::new();
    if v.is_empty() {
        panic!("boom");
    }
}
