// Drop order: locals in reverse, moved values, explicit drop, mem::replace and swap.
struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) { println!("drop {}", self.0); }
}
fn make(n: &'static str) -> Noisy { Noisy(n) }
fn main() {
    let _a = Noisy("a");
    let b = make("b");
    {
        let _c = Noisy("c");
        println!("inner scope ends");
    }
    drop(b);
    let mut d = Noisy("d");
    let old = std::mem::replace(&mut d, Noisy("e"));
    println!("replaced {}", old.0);
    let mut x = 1;
    let mut y = 2;
    std::mem::swap(&mut x, &mut y);
    println!("swapped {} {}", x, y);
}
