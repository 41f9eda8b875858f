//@ covers: `fn main() -> Result<(), E>` returning Ok exits 0; `?` on Ok values passes them through
#[derive(Debug)]
enum AppError {
    Empty,
    TooLong(usize),
}

fn check(s: &str) -> Result<usize, AppError> {
    if s.is_empty() {
        return Err(AppError::Empty);
    }
    if s.len() > 5 {
        return Err(AppError::TooLong(s.len()));
    }
    Ok(s.len())
}

fn main() -> Result<(), AppError> {
    let a = check("abc")?;
    let b = check("hello")?;
    println!("lengths {} {}", a, b);
    println!("{:?} {:?}", check(""), check("toolong"));
    let total = check("x")? + check("yz")?;
    println!("total {}", total);
    Ok(())
}
