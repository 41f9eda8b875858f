//@ covers: #[repr(C)] struct size_of/align_of and field offsets computed by pointer differences, padding, nesting
use std::mem::{align_of, size_of};

#[repr(C)]
struct A {
    a: u8,
    b: u32,
    c: u16,
    d: u64,
    e: u8,
}

#[repr(C)]
struct Inner {
    x: u16,
    y: u8,
}

#[repr(C)]
struct Outer {
    tag: u8,
    inner: Inner,
    arr: [u32; 3],
    flag: bool,
}

#[repr(C, align(16))]
struct Aligned {
    v: u8,
}

fn off<T, F>(base: *const T, field: *const F) -> usize {
    field as usize - base as usize
}

fn main() {
    println!("A size {} align {}", size_of::<A>(), align_of::<A>());
    let a = A { a: 1, b: 2, c: 3, d: 4, e: 5 };
    let p = &a as *const A;
    println!("A offsets a {} b {} c {} d {} e {}", off(p, &a.a), off(p, &a.b), off(p, &a.c), off(p, &a.d), off(p, &a.e));
    println!("fields {} {} {} {} {}", a.a, a.b, a.c, a.d, a.e);
    println!("Inner size {} align {}", size_of::<Inner>(), align_of::<Inner>());
    println!("Outer size {} align {}", size_of::<Outer>(), align_of::<Outer>());
    let o = Outer { tag: 7, inner: Inner { x: 0x1234, y: 9 }, arr: [1, 2, 3], flag: true };
    let q = &o as *const Outer;
    println!("Outer offsets tag {} inner {} inner.y {} arr {} arr[2] {} flag {}", off(q, &o.tag), off(q, &o.inner),
        off(q, &o.inner.y), off(q, &o.arr), off(q, &o.arr[2]), off(q, &o.flag));
    let bytes = q as *const u8;
    unsafe {
        println!("raw tag {} inner.x lo {:#x} flag {}", *bytes, *bytes.add(2), *bytes.add(20));
    }
    println!("Aligned size {} align {}", size_of::<Aligned>(), align_of::<Aligned>());
    let al = Aligned { v: 3 };
    println!("aligned addr % 16 = {} v {}", (&al as *const Aligned as usize) % 16, al.v);
    let arr = [Inner { x: 1, y: 2 }, Inner { x: 3, y: 4 }];
    println!("array stride {}", off(&arr[0], &arr[1]));
    println!("tuple (u8,u64,u8) size {}", size_of::<(u8, u64, u8)>());
}
