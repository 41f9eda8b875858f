//@ covers: bool logic and char methods: escape_debug via {:?}, to_digit, is_alphabetic, from_u32, case, len_utf8
fn main() {
    let t = true;
    let f = false;
    println!("{} {} {} {} {}", t && f, t || f, !t, t ^ f, t & !f);
    println!("{:?} {} {}", t, t as u8 + f as u8, t > f);
    let chars = ['a', 'Z', '7', ' ', '\n', '\t', '\'', '"', '\\', '\0', '\u{7f}', 'é', 'ß', '中', '\u{1F600}', '\u{200b}'];
    for c in chars {
        println!("{:?} u32={} alpha={} num={} ws={} upper={} len={} digit={:?}", c, c as u32, c.is_alphabetic(),
            c.is_numeric(), c.is_whitespace(), c.is_uppercase(), c.len_utf8(), c.to_digit(10));
    }
    println!("hex digits {:?} {:?} {:?}", 'f'.to_digit(16), 'F'.to_digit(16), 'g'.to_digit(16));
    println!("radix 36 {:?}", 'z'.to_digit(36));
    println!("from_u32 {:?} {:?} {:?}", char::from_u32(0x41), char::from_u32(0xd800), char::from_u32(0x110000));
    println!("from_digit {:?} {:?}", char::from_digit(7, 10), char::from_digit(11, 16));
    println!("ascii {} {} {}", 'q'.to_ascii_uppercase(), 'Q'.to_ascii_lowercase(), 'q'.is_ascii_lowercase());
    let mut s = String::new();
    for c in "aé\"\n".chars() {
        s.push_str(&format!("{}", c.escape_default()));
    }
    println!("escape_default {}", s);
    println!("display {} debug {:?}", '\'', "it's \"q\"\n");
    println!("char::MAX {:?} {}", char::MAX, char::MAX as u32);
}
