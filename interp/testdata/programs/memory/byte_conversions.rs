//@ covers: to_ne_bytes/to_le_bytes/to_be_bytes and from_ne_bytes/from_le_bytes/from_be_bytes on several widths and floats
fn main() {
    let x: u32 = 0x1234_5678;
    println!("ne {:?} le {:?} be {:?}", x.to_ne_bytes(), x.to_le_bytes(), x.to_be_bytes());
    println!("from_le {:#x} from_be {:#x}", u32::from_le_bytes([0x78, 0x56, 0x34, 0x12]), u32::from_be_bytes([0x78, 0x56, 0x34, 0x12]));
    println!("from_ne roundtrip {}", u32::from_ne_bytes(x.to_ne_bytes()) == x);
    let n: i16 = -2;
    println!("i16 {:?} {:?}", n.to_le_bytes(), n.to_be_bytes());
    println!("i16 from_be {}", i16::from_be_bytes([0x80, 0x01]));
    let big: u64 = 0x0102_0304_0506_0708;
    println!("u64 be {:?}", big.to_be_bytes());
    println!("u64 le {:?}", big.to_le_bytes());
    let mut buf = [0u8; 12];
    buf[..8].copy_from_slice(&big.to_ne_bytes());
    buf[8..].copy_from_slice(&7u32.to_be_bytes());
    println!("buf {:?}", buf);
    let mut arr8 = [0u8; 8];
    arr8.copy_from_slice(&buf[0..8]);
    println!("back {:#x}", u64::from_ne_bytes(arr8));
    let w: u128 = 1;
    println!("u128 be last {} le first {}", w.to_be_bytes()[15], w.to_le_bytes()[0]);
    println!("i128 from_le {}", i128::from_le_bytes([0xff; 16]));
    println!("f32 {:?}", 1.5f32.to_be_bytes());
    println!("f64 {:?}", (-0.0f64).to_le_bytes());
    println!("f64 from_be {}", f64::from_be_bytes([0x40, 0x09, 0x21, 0xfb, 0x54, 0x44, 0x2d, 0x18]));
    println!("usize {:?}", 258usize.to_le_bytes());
    println!("swap_bytes {:#x} to_be {:#x}", x.swap_bytes(), x.to_be());
    let words = [0xdeadu16, 0xbeef];
    let mut out = Vec::new();
    for wd in words {
        out.extend_from_slice(&wd.to_be_bytes());
    }
    println!("packed {:02x?}", out);
}
