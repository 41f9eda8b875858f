//@ covers: reading a local of a function that has returned, through a pointer it handed out
//@ interp-only: ub
fn leak_address() -> *const u32 {
    let x = 5u32;
    &x as *const u32
}

fn main() {
    let p = leak_address();
    println!("{}", unsafe { *p });
}
