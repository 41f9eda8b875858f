// Generic functions and structs, const generics, trait bounds, where clauses.
use std::fmt::Debug;
#[derive(Debug)]
struct Pair<A, B> { a: A, b: B }
impl<A: Copy, B: Copy> Pair<A, B> {
    fn swap(&self) -> Pair<B, A> { Pair { a: self.b, b: self.a } }
}
fn largest<T: PartialOrd + Copy>(xs: &[T]) -> T {
    let mut m = xs[0];
    for &x in xs { if x > m { m = x; } }
    m
}
fn sum_array<const N: usize>(xs: [u64; N]) -> u64 {
    let mut s = 0;
    let mut i = 0;
    while i < N { s += xs[i]; i += 1; }
    s
}
fn show<T>(t: T) -> String where T: Debug { format!("<{:?}>", t) }
fn main() {
    let p = Pair { a: 1u8, b: 'z' };
    println!("{:?} {:?}", p, p.swap());
    println!("{} {}", largest(&[3, 9, 2]), largest(&[1.5f64, 0.5]));
    println!("{} {}", sum_array([1, 2, 3]), sum_array([10; 5]));
    println!("{} {}", show(42i16), show(Some("x")));
}
