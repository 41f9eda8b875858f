//@ covers: unbounded recursion overflows the stack: "has overflowed its stack", abort, status 134
fn depth(n: u64, pad: [u64; 16]) -> u64 {
    if n == u64::MAX {
        return pad[0];
    }
    depth(n + 1, pad) + pad[(n % 16) as usize]
}

fn main() {
    println!("recursing");
    println!("{}", depth(0, [1; 16]));
}
