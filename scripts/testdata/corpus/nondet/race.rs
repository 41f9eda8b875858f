//@ covers: fixture: an interp-only case whose output depends on the schedule (cannot be blessed)
//@ interp-only: step-limit
//@ max-steps: 200000
fn main() {
    let t = std::thread::spawn(|| {
        for i in 0..20 {
            println!("child {}", i);
        }
    });
    for i in 0..20 {
        println!("main {}", i);
    }
    t.join().unwrap();
    let mut i: u64 = 1;
    while i != 0 {
        i = i.wrapping_add(2);
    }
}
