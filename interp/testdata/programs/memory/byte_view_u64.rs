//@ covers: viewing integers through `&x as *const u64 as *const u8` byte pointers, and writing bytes through *mut u8
fn bytes_of_u64(x: &u64) -> [u8; 8] {
    let p = x as *const u64 as *const u8;
    let mut out = [0u8; 8];
    for i in 0..8 {
        out[i] = unsafe { *p.add(i) };
    }
    out
}

fn main() {
    let x: u64 = 0x1122_3344_5566_7788;
    println!("{:02x?}", bytes_of_u64(&x));
    let p = &x as *const u64 as *const u8;
    unsafe {
        println!("first {:#x} last {:#x}", *p, *p.add(7));
    }
    let mut y: u64 = 0;
    let q = &mut y as *mut u64 as *mut u8;
    unsafe {
        *q.add(0) = 0xef;
        *q.add(1) = 0xbe;
        *q.add(7) = 0x80;
    }
    println!("y {:#018x}", y);
    let arr = [1u16, 0x0203, 0xffff];
    let bp = arr.as_ptr() as *const u8;
    let mut v = Vec::new();
    for i in 0..6 {
        v.push(unsafe { *bp.add(i) });
    }
    println!("u16 array bytes {:?}", v);
    let f = 1.0f64;
    let fp = &f as *const f64 as *const u64;
    println!("f64 bits {:#x}", unsafe { *fp });
    let neg: i32 = -1;
    let np = &neg as *const i32 as *const u8;
    println!("i32 -1 byte {}", unsafe { *np.add(3) });
    let mut halves = [0u32; 2];
    let hp = halves.as_mut_ptr() as *mut u64;
    unsafe { *hp = 0xaaaa_bbbb_cccc_dddd };
    println!("halves {:x?}", halves);
    let s: &[u8] = unsafe { std::slice::from_raw_parts(&x as *const u64 as *const u8, 8) };
    println!("slice view {:?} sum {}", &s[..2], s.iter().map(|&b| b as u32).sum::<u32>());
}
