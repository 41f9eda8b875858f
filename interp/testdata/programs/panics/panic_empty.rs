//@ covers: panic!() with no message prints "explicit panic"; unreachable!() style messages are not reached
fn pick(n: u32) -> &'static str {
    match n {
        0 => "zero",
        1 => "one",
        2 => "two",
        _ => panic!(),
    }
}

fn main() {
    let mut out = Vec::new();
    for n in 0..3 {
        out.push(pick(n));
    }
    println!("{:?}", out);
    let s = out.join("+");
    println!("{}", s);
    eprintln!("about to panic");
    println!("{}", pick(7));
    println!("unreachable");
}
