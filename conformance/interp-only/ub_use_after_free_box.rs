//@ covers: reading a Box's memory after it was dropped, through a raw pointer
//@ interp-only: ub
fn main() {
    let b = Box::new(41u32);
    let p = &*b as *const u32;
    drop(b);
    println!("{}", unsafe { *p } + 1);
}
