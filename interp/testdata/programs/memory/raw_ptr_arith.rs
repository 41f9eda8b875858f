//@ covers: raw pointers: add, offset, sub, offset_from, null/null_mut, is_null, cast, `as *mut c_void`, `&raw mut`
use std::ffi::c_void;
use std::ptr;

fn fill(p: *mut c_void, n: usize, byte: u8) {
    let b = p as *mut u8;
    for i in 0..n {
        unsafe { *b.add(i) = byte.wrapping_add(i as u8) };
    }
}

fn main() {
    let mut arr = [10u32, 20, 30, 40, 50];
    let base: *mut u32 = arr.as_mut_ptr();
    unsafe {
        println!("add(2) {}", *base.add(2));
        let end = base.add(4);
        println!("offset(-1) {}", *end.offset(-1));
        println!("sub(3) {}", *end.sub(3));
        println!("offset_from {}", end.offset_from(base));
        *base.add(1) += 5;
        let p3 = base.wrapping_add(3);
        *p3 = 99;
    }
    println!("arr {:?}", arr);
    let n: *const i32 = ptr::null();
    let nm: *mut u8 = ptr::null_mut();
    println!("null {} {} {}", n.is_null(), nm.is_null(), base.is_null());
    println!("null addr {}", n as usize);
    let mut word: u32 = 0;
    let vp = &mut word as *mut u32 as *mut c_void;
    fill(vp, 4, 0x11);
    println!("word {:#x}", word);
    let bytes: *const u8 = (&word as *const u32).cast();
    unsafe {
        println!("cast bytes {} {} {} {}", *bytes, *bytes.add(1), *bytes.add(2), *bytes.add(3));
    }
    let mut x = 5i64;
    let rp = &raw mut x;
    unsafe {
        *rp *= 3;
        println!("raw mut {}", *rp);
    }
    println!("x {}", x);
    let rc = &raw const arr;
    unsafe {
        println!("raw const len {}", (*rc).len());
    }
    let diff = (base.wrapping_add(2) as usize) - (base as usize);
    println!("byte diff {}", diff);
    println!("eq {} {}", ptr::eq(&arr[0], base), base == base.wrapping_add(0));
    let s = "hello";
    let sp = s.as_ptr();
    let slice = unsafe { std::slice::from_raw_parts(sp.add(1), 3) };
    println!("from_raw_parts {:?}", std::str::from_utf8(slice));
}
