//@ covers: &str and byte strings: b"..", b'x', escapes, len vs chars, slicing at char boundaries, bytes, comparisons
fn main() {
    let s = "héllo, wörld";
    println!("{} len {} chars {}", s, s.len(), s.chars().count());
    println!("slice {:?} {:?}", &s[0..1], &s[1..3]);
    println!("is_char_boundary(2) {} (3) {}", s.is_char_boundary(2), s.is_char_boundary(3));
    println!("find {:?} {:?}", s.find(','), s.find('z'));
    println!("starts {} ends {} contains {}", s.starts_with("hé"), s.ends_with("rld"), s.contains("wö"));
    let b: &[u8; 5] = b"a\x00\xffz\n";
    println!("{:?} len {}", b, b.len());
    println!("b'x' = {} b'\\n' = {} b'\\xff' = {}", b'x', b'\n', b'\xff');
    let raw = br"no\escape";
    println!("{:?} {}", raw, raw.len());
    let bytes = s.as_bytes();
    println!("first bytes {:?}", &bytes[..4]);
    let mut sum: u32 = 0;
    for c in s.bytes() {
        sum += c as u32;
    }
    println!("byte sum {}", sum);
    let raw_str = r#"a "raw" \n string"#;
    println!("{} / {:?}", raw_str, raw_str);
    println!("cmp {} {} {}", "abc" < "abd", "Z" < "a", "" < "a");
    println!("eq {}", "abc" == String::from("ab") + "c");
    let words = "  one two  three ";
    println!("trim {:?}", words.trim());
    let mut n = 0;
    for w in words.split_whitespace() {
        n += 1;
        print!("[{}]", w);
    }
    println!(" {} words", n);
    for part in "a,b,,c".split(',') {
        print!("<{}>", part);
    }
    println!();
    let multi = "line one\nline two\r\nline three";
    for l in multi.lines() {
        println!("line: {:?}", l);
    }
    println!("parse {:?} {:?} {:?}", "42".parse::<i32>(), "-7".parse::<i64>().unwrap(), "x".parse::<u8>().is_err());
}
