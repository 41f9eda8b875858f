//@ covers: a panic unwinds the stack running Drop for live locals (innermost first), including Vec elements
struct Loud(&'static str);

impl Drop for Loud {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn inner(n: u32) -> u32 {
    let _l = Loud("inner local");
    if n > 2 {
        panic!("n too big: {}", n);
    }
    n
}

fn middle(n: u32) -> u32 {
    let _v = vec![Loud("vec elem 0"), Loud("vec elem 1")];
    let _m = Loud("middle local");
    inner(n) + 1
}

fn main() {
    let _a = Loud("main first");
    println!("ok call {}", middle(1));
    let moved = Loud("moved away");
    drop(moved);
    let _b = Loud("main second");
    println!("bad call {}", middle(3));
    println!("unreachable");
}
