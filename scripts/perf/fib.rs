// CPU-bound: naive recursive Fibonacci. The argument (default 30) scales the work.
fn fib(n: u32) -> u64 {
    if n < 2 {
        n as u64
    } else {
        fib(n - 1) + fib(n - 2)
    }
}

fn main() {
    let n: u32 = std::env::args().nth(1).map(|a| a.parse().unwrap()).unwrap_or(30);
    println!("fib({}) = {}", n, fib(n));
}
