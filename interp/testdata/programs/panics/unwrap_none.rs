//@ covers: Option::unwrap on None panics with "called `Option::unwrap()` on a `None` value"
fn parse_digit(c: char) -> Option<u32> {
    c.to_digit(10)
}

fn main() {
    let input = "42x";
    println!("unwrap_or_else {}", None::<u8>.unwrap_or_else(|| 5));
    println!("digits {:?}", "9z".chars().map(parse_digit).collect::<Vec<_>>());
    let mut n = 0u32;
    println!("some unwrap {}", Some(3).unwrap());
    println!("unwrap_or {}", None::<u8>.unwrap_or(9));
    println!("unwrap_or_default {}", None::<i64>.unwrap_or_default());
    for c in input.chars() {
        println!("char {:?} -> {:?}", c, parse_digit(c));
        n = n * 10 + parse_digit(c).unwrap();
        println!("n = {}", n);
    }
    println!("unreachable {}", n);
}
