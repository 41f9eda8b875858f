//@ covers: String::new/from/push_str/push/as_bytes/len/chars/to_uppercase/to_lowercase, insert, pop, replace, repeat, char_indices
fn main() {
    let mut s = String::new();
    println!("empty {:?} len {} cap==0 {}", s, s.len(), s.capacity() == 0);
    s.push_str("hello");
    s.push(' ');
    s.push('w');
    s.push_str("örld");
    println!("{} len {} chars {}", s, s.len(), s.chars().count());
    println!("bytes {:?}", &s.as_bytes()[..6]);
    println!("upper {} lower {}", s.to_uppercase(), "MiXeD ÄÖ".to_lowercase());
    println!("ß upper {}", "straße".to_uppercase());
    let mut t = String::from("abc");
    t.insert(0, '>');
    t.insert_str(1, "--");
    println!("insert {}", t);
    println!("pop {:?} {}", t.pop(), t);
    println!("remove {} {}", t.remove(0), t);
    t.truncate(2);
    println!("truncate {:?}", t);
    t.clear();
    println!("clear {:?} {}", t, t.is_empty());
    let r = "a-b-c".replace('-', "+");
    println!("replace {} {}", r, "aaa".replacen("a", "b", 2));
    println!("repeat {}", "ab".repeat(3));
    for (i, c) in "aé中".char_indices() {
        print!("{}:{} ", i, c);
    }
    println!();
    let rev: String = "stressed".chars().rev().collect();
    println!("rev {}", rev);
    let csv = "x,y,z";
    let parts: Vec<&str> = csv.split(',').collect();
    println!("{:?} joined {}", parts, parts.join(" | "));
    let num = 42.to_string() + "!" + &3.5.to_string();
    println!("{}", num);
    let cmp = String::from("b") > String::from("a");
    println!("cmp {} eq {}", cmp, "x".to_string() == "x");
    let mut acc = String::with_capacity(8);
    for i in 0..5 {
        acc += &i.to_string();
    }
    println!("{} {:?} {:?}", acc, acc.find("34"), acc.strip_prefix("01"));
    let from_chars: String = vec!['h', 'i'].into_iter().collect();
    println!("{} {:?}", from_chars, from_chars.char_indices().last());
    println!("{:?}", "Hello".bytes().map(|b| b ^ 0x20).collect::<Vec<u8>>());
    println!("{:?}", String::from_utf8(b"back".to_vec()).unwrap());
    println!("{:?} {:?}", "  pad ".trim_start(), "  pad ".trim_end());
    println!("{}", "Title".eq_ignore_ascii_case("tITLE"));
}
