//@ covers: negating i16::MIN panics with "attempt to negate with overflow"
fn neg(x: i16) -> i16 {
    -x
}

fn negf(x: f32) -> f32 {
    -x
}

fn main() {
    println!("wrapping_neg {} checked_neg {:?}", i16::MIN.wrapping_neg(), i16::MIN.checked_neg());
    println!("float neg {} {}", negf(0.0), negf(f32::MIN));
    println!("i16 MIN overflowing_neg {:?}", i16::MIN.overflowing_neg());
    println!("-i16::MAX = {}", neg(i16::MAX));
    let vals = [5i16, -32767, 0, i16::MIN];
    for v in vals {
        println!("-({}) = {}", v, neg(v));
    }
    println!("unreachable");
}
