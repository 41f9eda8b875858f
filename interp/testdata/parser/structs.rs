// Structs with methods, tuple structs, unit structs, nested fields and update syntax.
#[derive(Debug, Clone, Default)]
struct Config { name: String, retries: u8, verbose: bool }
#[derive(Debug, Clone, Copy, PartialEq)]
struct Point(i32, i32);
#[derive(Debug)]
struct Marker;
impl Point {
    fn manhattan(self) -> i32 { self.0.abs() + self.1.abs() }
    fn shift(&mut self, d: i32) { self.0 += d; self.1 -= d; }
}
fn main() {
    let base = Config { name: "base".to_string(), ..Default::default() };
    let c = Config { retries: 3, ..base.clone() };
    println!("{:?} {:?}", base, c);
    let mut p = Point(3, -4);
    p.shift(2);
    println!("{:?} {} {:?}", p, p.manhattan(), Marker);
}
