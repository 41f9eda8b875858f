// String and &str basics: push_str, len, bytes, chars, from_utf8, comparisons.
fn main() {
    let mut s = String::new();
    s.push_str("abc");
    s.push('d');
    let t = String::from("xyz");
    let joined = format!("{}-{}", s, t);
    println!("{} {} {}", joined, joined.len(), joined.is_empty());
    let bytes = joined.as_bytes();
    println!("{} {:?}", bytes[4], &bytes[..3]);
    let back = std::str::from_utf8(&bytes[4..]).unwrap();
    println!("{} {}", back, back == "xyz");
    let bad = std::str::from_utf8(&[0xffu8, 0]);
    println!("{}", bad.is_err());
    let upper: String = s.chars().map(|c| c.to_ascii_uppercase()).collect();
    println!("{} {}", upper, s.contains("bc"));
}
