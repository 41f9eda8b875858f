//@ covers: a simple #[repr(C)] union: size/align, writing one field and reading another, float bit patterns
#[repr(C)]
union IntOrFloat {
    i: u32,
    f: f32,
    b: [u8; 4],
}

#[repr(C)]
#[derive(Clone, Copy)]
union Wide {
    small: u8,
    big: u64,
}

fn main() {
    println!("size {} align {}", std::mem::size_of::<IntOrFloat>(), std::mem::align_of::<IntOrFloat>());
    println!("Wide size {} align {}", std::mem::size_of::<Wide>(), std::mem::align_of::<Wide>());
    let mut u = IntOrFloat { f: 1.0 };
    unsafe {
        println!("1.0 bits {:#x}", u.i);
        println!("bytes {:?}", u.b);
    }
    u.i = 0xc0490fdb;
    unsafe {
        println!("float {}", u.f);
    }
    u.b = [0, 0, 0x80, 0x7f];
    unsafe {
        println!("inf? {} {}", u.f, u.f.is_infinite());
    }
    let mut w = Wide { big: 0x1122_3344_5566_7788 };
    unsafe {
        println!("small {:#x}", w.small);
    }
    w.small = 0xff;
    unsafe {
        println!("big {:#x}", w.big);
    }
    let copy = w;
    unsafe {
        println!("copy {:#x}", copy.big);
    }
    let v = IntOrFloat { i: 0x3f800000 };
    unsafe {
        let IntOrFloat { f } = v;
        println!("pattern f {}", f);
    }
    println!("to_bits {:#x} from_bits {}", 2.5f32.to_bits(), f32::from_bits(0x40200000));
}
