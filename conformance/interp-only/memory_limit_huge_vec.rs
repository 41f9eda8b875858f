//@ covers: a 64 GiB allocation hits the interpreter's memory limit with a clear error, not a crash
//@ interp-only: memory-limit
fn main() {
    println!("allocating");
    let v = vec![7u8; 1 << 36];
    println!("{}", v[v.len() - 1]);
}
