//@ covers: assert_eq! with a custom message prints "assertion `left == right` failed: <msg>" then left/right
fn checksum(data: &[u8]) -> u16 {
    let mut s: u16 = 0;
    for &b in data {
        s = s.rotate_left(3) ^ b as u16;
    }
    s
}

fn main() {
    let blocks: [(&[u8], u16); 3] = [(b"", 0), (b"ab", 0x036a), (b"xyz", 0x1234)];
    for (i, (data, want)) in blocks.iter().enumerate() {
        let got = checksum(data);
        println!("block {} got {:#06x}", i, got);
        assert_eq!(got, *want, "checksum mismatch in block {} ({:?})", i, std::str::from_utf8(data));
        println!("block {} ok", i);
    }
    println!("unreachable");
}
// block 2 fails; the message is formatted, then the left and right values follow.
// Debug formatting of u16 is decimal, so left/right show decimal numbers.
// Padding comments keep this file a readable size.
// Exit status is 101.
