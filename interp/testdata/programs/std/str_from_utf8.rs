//@ covers: std::str::from_utf8 Ok and Err (Utf8Error Display/Debug, valid_up_to, error_len), from_utf8_lossy, String::from_utf8
fn check(label: &str, bytes: &[u8]) {
    match std::str::from_utf8(bytes) {
        Ok(s) => println!("{}: ok {:?}", label, s),
        Err(e) => {
            println!("{}: err {}", label, e);
            println!("{}: dbg {:?}", label, e);
            println!("{}: valid_up_to {} error_len {:?}", label, e.valid_up_to(), e.error_len());
        }
    }
}

fn main() {
    check("ascii", b"hello");
    check("empty", b"");
    check("two-byte", "é".as_bytes());
    check("emoji", "\u{1F980}".as_bytes());
    check("bad start", b"ab\xffcd");
    check("truncated", b"ok\xe2\x82");
    check("overlong", b"\xc0\x80");
    check("surrogate", b"\xed\xa0\x80");
    check("bad cont", b"x\xe2(\xa1");
    println!("lossy {}", String::from_utf8_lossy(b"a\xffb\xe2\x82c"));
    println!("lossy ok {:?}", String::from_utf8_lossy(b"plain"));
    let r = String::from_utf8(vec![0x68, 0x69]);
    println!("String::from_utf8 {:?}", r);
    let bad = String::from_utf8(vec![0x61, 0x80]);
    match bad {
        Ok(_) => println!("unexpected"),
        Err(e) => println!("FromUtf8Error {} / bytes {:?}", e, e.as_bytes()),
    }
    let s = "mixé";
    let b = s.as_bytes();
    println!("prefix {:?}", std::str::from_utf8(&b[..4]));
    println!("cut {:?}", std::str::from_utf8(&b[..4 + 1]).is_err());
}
