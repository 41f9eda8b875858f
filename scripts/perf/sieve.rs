// CPU-bound: sieve of Eratosthenes over n (default 2,000,000) with vec![false; n].
fn main() {
    let n: usize = std::env::args().nth(1).map(|a| a.parse().unwrap()).unwrap_or(2_000_000);
    let mut composite = vec![false; n + 1];
    let mut count = 0usize;
    let mut i = 2;
    while i <= n {
        if !composite[i] {
            count += 1;
            let mut j = i * i;
            while j <= n {
                composite[j] = true;
                j += i;
            }
        }
        i += 1;
    }
    println!("primes up to {}: {}", n, count);
}
