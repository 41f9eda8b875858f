// Format strings: width, fill, alignment, radix, alternate forms, precision, Debug of containers.
fn main() {
    let n = 255u32;
    println!("[{:5}] [{:<5}] [{:^7}] [{:>6}] [{:05}]", n, n, n, n, n);
    println!("{:x} {:#x} {:X} {:o} {:#o} {:b} {:#b} {:#010b}", n, n, n, n, n, 5u8, 5u8, 5u8);
    println!("{:*^9} {:-<4}|", "mid", 'c');
    println!("{:.3} {:8.2} {:e}", 3.14159f64, 2.5f32, 1500.0f64);
    println!("{:?} {:?} {:?}", "quote\"d", 'x', (1, "a", [1u8, 2]));
    println!("{:#?}", (1, vec![2, 3]));
    let w = 6;
    println!("{:>w$} {:>1$} {n}", 7, w);
    println!("{{literal}} {}", -17i64);
}
