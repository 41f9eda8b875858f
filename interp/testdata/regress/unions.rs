// A union and repr(C) struct layouts, as fd structs use them.
#[repr(C)]
union Bits { f: f32, u: u32 }
#[repr(C)]
struct PollFd { fd: i32, events: i16, revents: i16 }
#[repr(C, packed)]
struct EpollEvent { events: u32, data: u64 }
fn main() {
    let b = Bits { f: 1.0 };
    let u = unsafe { b.u };
    println!("{:#x}", u);
    println!("{} {}", std::mem::size_of::<PollFd>(), std::mem::size_of::<EpollEvent>());
    let e = EpollEvent { events: 1, data: 77 };
    let d = e.data;
    let p = PollFd { fd: 3, events: 1, revents: 0 };
    println!("{} {} {} {}", d, { e.events }, p.fd, p.events + p.revents);
}
