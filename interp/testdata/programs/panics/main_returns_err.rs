//@ covers: `fn main() -> Result<(), String>` returning Err prints "Error: <Debug of err>" to stderr and exits 1
fn parse_all(items: &[&str]) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    for s in items {
        let v: u8 = s.parse().map_err(|e| format!("item {:?}: {}", s, e))?;
        out.push(v);
    }
    Ok(out)
}

fn main() -> Result<(), String> {
    let good = parse_all(&["1", "2", "255"])?;
    println!("good {:?}", good);
    let r = parse_all(&["1", "x"]);
    println!("second {:?}", r);
    let bad = parse_all(&["7", "256", "3"])?;
    println!("unreachable {:?}", bad);
    Ok(())
}
// The Err is printed with Debug, so the String appears quoted.
// Destructors still run (main returns normally).
// Exit status is 1.
// Padding comments keep this file at a readable size.
