//@ covers: reading through a pointer moved past the end of an array
//@ interp-only: ub
fn main() {
    let a = [1u32, 2, 3, 4];
    let p = a.as_ptr();
    let x = unsafe { *p.add(4) };
    println!("{}", x);
}
