//@ covers: integer division by zero panics with "attempt to divide by zero"
fn div(a: u32, b: u32) -> u32 {
    a / b
}

fn fdiv(a: f64, b: f64) -> f64 {
    a / b
}

fn main() {
    println!("float 1/0 = {} -1/0 = {} 0/0 = {}", fdiv(1.0, 0.0), fdiv(-1.0, 0.0), fdiv(0.0, 0.0));
    println!("u8 wrapping_div by 1 {}", 200u8.wrapping_div(1));
    println!("checked_div_euclid by 0 {:?}", 9i32.checked_div_euclid(0));
    let divisors = [7u32, 3, 1, 0, 5];
    for d in divisors {
        println!("100 / {} checked {:?}", d, 100u32.checked_div(d));
        println!("= {}", div(100, d));
    }
    println!("unreachable");
}
