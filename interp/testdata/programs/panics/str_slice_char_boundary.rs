//@ covers: slicing a &str inside a multi-byte char panics with the "is not a char boundary" message
fn part(s: &str, a: usize, b: usize) -> &str {
    &s[a..b]
}

fn main() {
    let s = String::from("aéb");
    println!("len {} chars {}", s.len(), s.chars().count());
    println!("get {:?} {:?}", s.get(0..2), s.get(0..3));
    println!("boundaries {} {} {}", s.is_char_boundary(1), s.is_char_boundary(2), s.is_char_boundary(3));
    println!("bytes {:?}", s.as_bytes());
    println!("char_indices {:?}", s.char_indices().collect::<Vec<_>>());
    println!("get(1..2) {:?} get(2..3) {:?}", s.get(1..2), s.get(2..3));
    println!("floor ok {:?}", part(&s, 0, 3));
    println!("empty {:?}", part(&s, 3, 3));
    for (a, b) in [(0usize, 1usize), (1, 3), (3, 4), (0, 2)] {
        println!("[{}..{}] = {:?}", a, b, part(&s, a, b));
    }
    println!("unreachable");
}
