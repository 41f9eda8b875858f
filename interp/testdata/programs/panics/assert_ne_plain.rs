//@ covers: assert_ne! failure prints "assertion `left != right` failed" with left/right (Option and tuple values)
fn find(v: &[char], c: char) -> Option<usize> {
    v.iter().position(|&x| x == c)
}

fn main() {
    let v = ['a', 'b', 'c'];
    assert_ne!(find(&v, 'b'), None);
    println!("b found");
    assert_ne!((1, "x"), (1, "y"));
    println!("tuples differ");
    let missing = find(&v, 'z');
    println!("z -> {:?}", missing);
    assert_ne!(missing, None);
    println!("unreachable");
}
// left and right are both printed with {:?}.
// The panic location is the assert_ne! line.
// Exit status is 101.
// (Comment lines pad the program to a readable size.)
// Nothing after the failed assertion runs.
// No custom message here.
