//@ covers: `&v[n..]` with n > len panics with "range start index 8 out of range for slice of length 5"
fn rest(s: &[i32], start: usize) -> &[i32] {
    &s[start..]
}

fn main() {
    let s = [1, 2, 3, 4, 5];
    println!("full {:?}", &s[..]);
    println!("to {:?}", &s[..=1]);
    println!("get {:?} {:?}", s.get(5..), s.get(6..));
    println!("last {:?} split_first {:?}", s.last(), s.split_first());
    println!("get(3..) {:?}", s.get(3..));
    println!("rest(5) is_empty {}", rest(&s, 5).is_empty());
    println!("rest(0) len {}", rest(&s, 0).len());
    for start in [0usize, 3, 5, 8] {
        let r = rest(&s, start);
        println!("s[{}..] = {:?} len {}", start, r, r.len());
    }
    println!("unreachable");
}
