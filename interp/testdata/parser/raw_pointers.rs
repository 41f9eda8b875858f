// Raw pointers: offset arithmetic, casts, reading and writing through pointers, byte reinterpretation.
fn main() {
    let mut arr = [10u32, 20, 30, 40];
    let p = arr.as_mut_ptr();
    unsafe {
        *p.add(1) += 5;
        let q = p.offset(3);
        *q = *p + *p.add(2);
        let back = q.sub(3);
        println!("{} {}", *back, q.offset_from(back));
    }
    let x: u64 = 0x0102030405060708;
    let bytes = x.to_ne_bytes();
    let bp = &x as *const u64 as *const u8;
    let third = unsafe { *bp.add(2) };
    println!("{:?} {} {}", arr, bytes[0], third);
    let y = u32::from_le_bytes([1, 0, 0, 1]);
    let mut z = 0u16;
    unsafe { std::ptr::write(&mut z as *mut u16, 513); }
    let raw = &raw const z;
    println!("{} {} {}", y, z, unsafe { std::ptr::read(raw) });
    let null: *const u8 = std::ptr::null();
    println!("{}", null.is_null());
}
