//@ covers: i64 right shift by 64 (from a variable) panics with "attempt to shift right with overflow"
fn shr(v: i64, n: u32) -> i64 {
    v >> n
}

fn shr_u(v: u64, n: u32) -> u64 {
    v >> n
}

fn main() {
    let v = i64::MIN;
    println!("logical {} checked {:?}", shr_u(v as u64, 63), v.checked_shr(64));
    println!("rotate_right {:#x}", 1u64.rotate_right(65));
    println!("wrapping_shr(64) {}", v.wrapping_shr(64));
    println!("unsigned 1 >> 0 = {}", shr_u(1, 0));
    for n in [1u32, 62, 63, 64] {
        println!("{} >> {} = {}", v, n, shr(v, n));
    }
    println!("unreachable");
}
