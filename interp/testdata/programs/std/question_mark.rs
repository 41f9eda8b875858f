//@ covers: the `?` operator on Option and Result in helper functions, early returns, From conversion of error types
use std::num::ParseIntError;

#[derive(Debug)]
enum CalcError {
    Parse(ParseIntError),
    DivZero,
    Missing(&'static str),
}

impl From<ParseIntError> for CalcError {
    fn from(e: ParseIntError) -> Self {
        CalcError::Parse(e)
    }
}

fn parse_pair(s: &str) -> Option<(&str, &str)> {
    let idx = s.find('/')?;
    let (a, b) = s.split_at(idx);
    Some((a, &b[1..]))
}

fn first_char_digit(s: &str) -> Option<u32> {
    let c = s.chars().next()?;
    c.to_digit(10)
}

fn divide(s: &str) -> Result<i64, CalcError> {
    let (a, b) = parse_pair(s).ok_or(CalcError::Missing("slash"))?;
    let x: i64 = a.trim().parse()?;
    let y: i64 = b.trim().parse()?;
    if y == 0 {
        return Err(CalcError::DivZero);
    }
    Ok(x / y)
}

fn sum_all(items: &[&str]) -> Result<i64, CalcError> {
    let mut total = 0;
    for s in items {
        total += divide(s)?;
    }
    Ok(total)
}

fn main() {
    for s in ["10/2", " 9 / 3 ", "7/0", "x/1", "5", "-8/2", "1/99999999999999999999"] {
        println!("{:?} -> {:?}", s, divide(s));
    }
    println!("{:?} {:?} {:?}", first_char_digit("7up"), first_char_digit("up"), first_char_digit(""));
    println!("{:?}", parse_pair("a/b/c"));
    println!("sum ok {:?}", sum_all(&["4/2", "9/3"]));
    println!("sum err {:?}", sum_all(&["4/2", "1/0", "x"]));
    match divide("12/x") {
        Err(CalcError::Parse(e)) => println!("parse error: {}", e),
        other => println!("other {:?}", other),
    }
}
