//@ covers: passing `&mut v as *mut u64` (and other out-pointers) to functions that write through them
fn produce(out: *mut u64) -> i32 {
    if out.is_null() {
        return -1;
    }
    unsafe {
        *out = 0xfeed_face_cafe_beef;
    }
    0
}

fn split(v: u64, hi: *mut u32, lo: *mut u32) {
    unsafe {
        *hi = (v >> 32) as u32;
        *lo = v as u32;
    }
}

fn fill_array(dst: *mut u16, n: usize) -> usize {
    for i in 0..n {
        unsafe { dst.add(i).write((i * i) as u16) };
    }
    n
}

fn increment_all(p: *mut i32, n: usize) {
    let s = unsafe { std::slice::from_raw_parts_mut(p, n) };
    for x in s.iter_mut() {
        *x += 100;
    }
}

struct Stats {
    count: u32,
    total: u64,
}

fn accumulate(st: *mut Stats, add: u64) {
    unsafe {
        (*st).count += 1;
        (*st).total += add;
    }
}

fn main() {
    let mut v: u64 = 0;
    let rc = produce(&mut v as *mut u64);
    println!("rc {} v {:#x}", rc, v);
    println!("null rc {}", produce(std::ptr::null_mut()));
    let (mut hi, mut lo) = (0u32, 0u32);
    split(v, &mut hi, &mut lo);
    println!("hi {:#x} lo {:#x}", hi, lo);
    let mut arr = [0u16; 6];
    let n = fill_array(arr.as_mut_ptr(), 5);
    println!("filled {} {:?}", n, arr);
    let mut vals = vec![1, -2, 3];
    increment_all(vals.as_mut_ptr(), vals.len());
    println!("incremented {:?}", vals);
    let mut st = Stats { count: 0, total: 0 };
    for k in [5u64, 10, 20] {
        accumulate(&mut st, k);
    }
    println!("stats {} {}", st.count, st.total);
    let mut slots = [0u64; 3];
    for i in 0..3 {
        produce(&mut slots[i] as *mut u64);
        slots[i] >>= 8 * i as u32;
    }
    println!("slots {:x?}", slots);
}
