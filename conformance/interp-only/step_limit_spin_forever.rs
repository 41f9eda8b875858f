//@ covers: a thread spinning forever on a flag nobody sets hits the step limit
//@ interp-only: step-limit
//@ max-steps: 2000000
use std::sync::atomic::{AtomicBool, Ordering};

static FLAG: AtomicBool = AtomicBool::new(false);

fn main() {
    let mut spins = 0u64;
    while !FLAG.load(Ordering::SeqCst) {
        spins += 1;
    }
    println!("{}", spins);
}
