//@ covers: {:?} for byte slices, int slices, arrays, Vec, nested Vec, Vec of tuples/Options/Strings, empty collections
fn main() {
    let bytes: &[u8] = b"hi\n";
    println!("{:?}", bytes);
    let ints: &[i32] = &[-1, 0, 1];
    println!("{:?} {:?}", ints, &ints[1..]);
    let arr = [1.5f32, 2.0, -0.5];
    println!("{:?}", arr);
    let v: Vec<u64> = vec![10, 20, 30];
    println!("{:?} len {}", v, v.len());
    let empty: Vec<String> = Vec::new();
    println!("{:?} {:?}", empty, [0u8; 0]);
    let nested = vec![vec![1], vec![], vec![2, 3]];
    println!("{:?}", nested);
    let pairs = vec![(1, 'a'), (2, 'b')];
    println!("{:?}", pairs);
    let opts = [Some(1), None, Some(3)];
    println!("{:?}", opts);
    let strs = vec![String::from("a\"b"), String::from("")];
    println!("{:?}", strs);
    let chars = ['x', '\'', '\u{0}'];
    println!("{:?}", chars);
    let res: Vec<Result<i8, &str>> = vec![Ok(1), Err("no")];
    println!("{:?}", res);
    let bools = [true; 3];
    println!("{:?}", bools);
    let refs: Vec<&i32> = ints.iter().collect();
    println!("{:?}", refs);
    let boxed: Box<[u16]> = Box::new([7, 8]);
    println!("{:?}", boxed);
    println!("{:x?} {:X?} {:#x?}", [255u8, 16], vec![171u16], [10u8]);
    let big: Vec<u32> = (0..20).collect();
    println!("{:?}", big);
    let s = String::from("abc");
    println!("{:?}", s.as_bytes());
    println!("{:?}", s.chars().rev().collect::<Vec<char>>());
}
