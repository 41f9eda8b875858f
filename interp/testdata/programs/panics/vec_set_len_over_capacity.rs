//@ covers: Vec::set_len within capacity works; beyond it std's UB check aborts (non-unwinding panic, status 134)
fn main() {
    let mut v: Vec<u8> = Vec::with_capacity(4);
    v.extend_from_slice(&[1, 2, 3]);
    unsafe { v.set_len(2) };
    println!("{:?}", v);
    let cap = v.capacity();
    unsafe { v.set_len(cap + 1) };
    println!("not reached {}", v.len());
}
