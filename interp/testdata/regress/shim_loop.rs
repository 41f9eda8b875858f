// A loop that runs inside one iterator shim: `count` over 2^64 - 1 elements. Without step
// accounting in shims it would spin in JavaScript for hours instead of ending at the step limit.
fn main() {
    let n = (0..u64::MAX).rev().count();
    println!("{}", n);
}
