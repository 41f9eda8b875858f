//@ covers: assert!(cond) failure prints "assertion failed: <expr text>"
fn is_sorted(v: &[i32]) -> bool {
    for i in 1..v.len() {
        if v[i - 1] > v[i] {
            return false;
        }
    }
    true
}

fn main() {
    let a = vec![1, 2, 3];
    let b = vec![3, 1, 2];
    assert!(is_sorted(&a));
    println!("a sorted");
    assert!(a.len() == 3 && !a.is_empty());
    println!("len ok");
    debug_assert!(a[0] == 1);
    println!("debug_assert ok");
    assert!(is_sorted(&b));
    println!("unreachable");
}
