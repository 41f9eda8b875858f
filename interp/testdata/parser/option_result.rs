// Option and Result combinators and the ? operator.
#[derive(Debug)]
enum ParseErr { Empty, Bad(char) }
fn digit(c: char) -> Result<u32, ParseErr> {
    c.to_digit(10).ok_or(ParseErr::Bad(c))
}
fn parse(s: &str) -> Result<u32, ParseErr> {
    if s.is_empty() { return Err(ParseErr::Empty); }
    let mut n = 0;
    for c in s.chars() { n = n * 10 + digit(c)?; }
    Ok(n)
}
fn first_even(v: &[u32]) -> Option<u32> {
    let x = v.iter().find(|x| *x % 2 == 0)?;
    Some(*x * 100)
}
fn main() {
    println!("{:?} {:?} {:?}", parse("123"), parse(""), parse("1x3"));
    println!("{:?} {:?}", first_even(&[1, 3, 4]), first_even(&[1]));
    let o = Some(5).map(|x| x + 1).unwrap_or(0);
    let r: Result<u8, String> = Err("no".into());
    println!("{} {} {:?} {}", o, r.is_err(), r.as_ref().ok(), Some(3).is_some());
    println!("{}", None::<u8>.unwrap_or_default());
}
