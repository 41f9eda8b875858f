// References: &mut through functions, reborrows, swapping through pointers, nested references.
fn bump(x: &mut u32) { *x += 1; }
fn longest<'a>(a: &'a str, b: &'a str) -> &'a str { if a.len() >= b.len() { a } else { b } }
fn main() {
    let mut n = 1;
    bump(&mut n);
    let r = &mut n;
    bump(r);
    *r *= 10;
    let rr = &&n;
    println!("{} {}", n, **rr + 1);
    println!("{}", longest("short", "longer"));
    let mut pair = (1, 2);
    let (a, b) = (&mut pair.0, &mut pair.1);
    std::mem::swap(a, b);
    println!("{:?}", pair);
}
