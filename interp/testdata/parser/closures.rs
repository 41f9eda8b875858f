// Closures: Fn, FnMut, FnOnce, move captures, closures passed as impl Fn and generic F.
fn apply<F: Fn(u32) -> u32>(f: F, x: u32) -> u32 { f(x) }
fn apply_mut(mut f: impl FnMut() -> u32) -> u32 { f(); f() }
fn consume<F: FnOnce() -> String>(f: F) -> String { f() }
fn make_adder(n: u32) -> impl Fn(u32) -> u32 { move |x| x + n }
fn main() {
    let k = 7;
    let add_k = |x: u32| x + k;
    let mut count = 0;
    let counter = || { count += 1; count };
    let s = String::from("owned");
    let give = move || s;
    println!("{} {} {}", apply(add_k, 1), apply_mut(counter), consume(give));
    let adder = make_adder(10);
    println!("{} {}", adder(5), apply(&adder, 6));
    let fs: [fn(u32) -> u32; 2] = [|x| x * 2, |x| x * 3];
    println!("{} {}", fs[0](4), fs[1](4));
}
