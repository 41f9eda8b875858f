//@ covers: Result::expect on Err prints "<msg>: <Debug of the error>"
use std::num::ParseIntError;

fn port(s: &str) -> Result<u16, ParseIntError> {
    s.parse::<u16>()
}

fn main() {
    println!("{:?}", port("8080"));
    println!("{:?}", port("70000"));
    println!("{:?}", port(""));
    let inputs = ["80", "443", "-1"];
    let mut total = 0u32;
    for s in inputs {
        let p = port(s).expect("port must be a valid u16");
        total += p as u32;
        println!("port {} total {}", p, total);
    }
    println!("unreachable");
}
// "-1" fails with ParseIntError { kind: InvalidDigit }.
// The expect message comes first, then ": ", then the Debug form.
// Exit status is 101.
