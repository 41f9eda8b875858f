// match on integers, ranges, tuples, slices, guards and bindings.
fn classify(n: i32) -> &'static str {
    match n {
        i32::MIN..=-1 => "negative",
        0 => "zero",
        1 | 2 | 3 => "small",
        x if x % 2 == 0 => "even",
        _ => "odd",
    }
}
fn pair(p: (u8, bool)) -> u32 {
    match p {
        (0, _) => 0,
        (n, true) => n as u32 * 2,
        (n @ 1..=9, false) => n as u32 + 100,
        (_, false) => 999,
    }
}
fn slice(s: &[u8]) -> usize {
    match s {
        [] => 0,
        [x] => *x as usize,
        [first, .., last] => (*first as usize) + (*last as usize),
    }
}
fn main() {
    for n in [-5, 0, 2, 8, 9] {
        print!("{} ", classify(n));
    }
    println!();
    println!("{} {} {} {}", pair((0, true)), pair((4, true)), pair((5, false)), pair((50, false)));
    println!("{} {} {}", slice(&[]), slice(&[7]), slice(&[1, 2, 3, 4]));
    let c = 'q';
    let kind = match c { 'a'..='m' => 1, 'n'..='z' => 2, _ => 3 };
    println!("{}", kind);
}
