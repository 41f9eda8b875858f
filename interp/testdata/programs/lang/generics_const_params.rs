//@ covers: generic fns with type and const params (`fn f<const N: usize>(a: [u8; N])`), trait bounds, generic structs
use std::fmt::Debug;

fn sum_bytes<const N: usize>(a: [u8; N]) -> u32 {
    let mut s = 0u32;
    for b in a {
        s += b as u32;
    }
    s * 1000 + N as u32
}

fn first_last<T: Copy + Debug, const N: usize>(a: &[T; N]) -> Option<(T, T)> {
    if N == 0 { None } else { Some((a[0], a[N - 1])) }
}

fn largest<T: PartialOrd + Copy>(xs: &[T]) -> T {
    let mut m = xs[0];
    for &x in xs {
        if x > m {
            m = x;
        }
    }
    m
}

fn zeros<const N: usize>() -> [i32; N] {
    [0; N]
}

#[derive(Debug)]
struct Pair<A, B> {
    a: A,
    b: B,
}

impl<A: Debug, B: Debug> Pair<A, B> {
    fn swap(self) -> Pair<B, A> {
        Pair { a: self.b, b: self.a }
    }
}

struct Buf<const CAP: usize> {
    data: [u8; CAP],
    len: usize,
}

impl<const CAP: usize> Buf<CAP> {
    fn push(&mut self, b: u8) -> bool {
        if self.len == CAP { return false; }
        self.data[self.len] = b;
        self.len += 1;
        true
    }
}

fn main() {
    println!("{} {} {}", sum_bytes([1, 2, 3]), sum_bytes([255; 10]), sum_bytes([]));
    println!("{:?} {:?}", first_last(&[1, 2, 3]), first_last::<char, 0>(&[]));
    println!("{:?}", first_last(&["a", "b"]));
    println!("{} {} {}", largest(&[3, 9, 2]), largest(&[1.5, -2.0]), largest(&['x', 'z', 'a']));
    let z: [i32; 4] = zeros();
    println!("{:?} {:?}", z, zeros::<2>());
    let p = Pair { a: 1u8, b: "two" };
    println!("{:?}", p.swap());
    let mut buf = Buf::<3> { data: [0; 3], len: 0 };
    let mut results = Vec::new();
    for i in 10..15 {
        results.push(buf.push(i));
    }
    println!("{:?} {:?} len {}", results, buf.data, buf.len);
    println!("{}", std::mem::size_of::<Buf<13>>());
}
