// Block expressions, shadowing, if-let chains and while-let loops.
fn main() {
    let x = 5;
    let x = { let y = x * 2; y + 1 };
    let mut stack = vec![1, 2, 3];
    let mut popped = 0;
    while let Some(top) = stack.pop() { popped += top; }
    let v = if let Some(n) = Some(x) { n * 2 } else { 0 };
    let label = if popped > 5 { "big" } else { "small" };
    println!("{} {} {} {}", x, popped, v, label);
}
