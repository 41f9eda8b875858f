// CPU-bound: a byte checksum loop over a buffer of n bytes (default 1 MiB), filled by a formula.
fn main() {
    let n: usize = std::env::args().nth(1).map(|a| a.parse().unwrap()).unwrap_or(1 << 20);
    let mut buf = vec![0u8; n];
    for i in 0..n {
        buf[i] = (i.wrapping_mul(31) ^ (i >> 3)) as u8;
    }
    let mut a: u32 = 1;
    let mut b: u32 = 0;
    for &x in buf.iter() {
        a = (a + x as u32) % 65521;
        b = (b + a) % 65521;
    }
    println!("adler32 of {} bytes: {:08x}", n, (b << 16) | a);
}
