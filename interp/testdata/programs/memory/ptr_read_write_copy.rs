//@ covers: ptr::{read, write, copy_nonoverlapping, copy, write_bytes, swap, replace} and read_unaligned
use std::ptr;

#[derive(Debug, Clone, Copy, PartialEq)]
struct Rec {
    id: u16,
    score: i32,
}

fn main() {
    let mut a = [1u8, 2, 3, 4, 5, 6, 7, 8];
    let mut b = [0u8; 8];
    unsafe {
        ptr::copy_nonoverlapping(a.as_ptr(), b.as_mut_ptr().add(2), 4);
    }
    println!("copy_nonoverlapping {:?}", b);
    unsafe {
        ptr::copy(a.as_ptr(), a.as_mut_ptr().add(1), 6);
    }
    println!("overlapping copy {:?}", a);
    unsafe {
        ptr::write_bytes(b.as_mut_ptr(), 0xab, 3);
    }
    println!("write_bytes {:?}", b);
    let mut r = Rec { id: 1, score: -5 };
    let pr = &mut r as *mut Rec;
    unsafe {
        let copy = ptr::read(pr);
        ptr::write(pr, Rec { id: copy.id + 1, score: copy.score * 10 });
        println!("read {:?} now {:?}", copy, *pr);
        ptr::write(&raw mut (*pr).score, 77);
    }
    println!("field write {:?}", r);
    let mut s = String::from("one");
    unsafe {
        let old = ptr::replace(&mut s, String::from("two"));
        println!("replace old {} new {}", old, s);
    }
    let mut x = [1, 2];
    let mut y = [3, 4];
    unsafe {
        ptr::swap(&mut x, &mut y);
    }
    println!("swap {:?} {:?}", x, y);
    let buf = [0u8, 0x78, 0x56, 0x34, 0x12, 0];
    let v = unsafe { ptr::read_unaligned(buf.as_ptr().add(1) as *const u32) };
    println!("read_unaligned {:#x}", v);
    let mut out = [0u8; 6];
    unsafe {
        ptr::write_unaligned(out.as_mut_ptr().add(1) as *mut u16, 0xbeef);
    }
    println!("write_unaligned {:?}", out);
    let src = vec![Rec { id: 9, score: 9 }; 3];
    let mut dst: Vec<Rec> = Vec::with_capacity(3);
    unsafe {
        ptr::copy_nonoverlapping(src.as_ptr(), dst.as_mut_ptr(), 3);
        dst.set_len(3);
    }
    println!("vec copy {:?} eq {}", dst, dst == src);
}
