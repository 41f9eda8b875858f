// Items in nested modules, a nested fn and a struct defined inside a function.
mod outer {
    pub mod inner {
        pub fn triple(x: u32) -> u32 { x * 3 }
        pub struct Counter { pub n: u32 }
        impl Counter { pub fn tick(&mut self) -> u32 { self.n += 1; self.n } }
    }
    pub fn call() -> u32 { inner::triple(4) }
}
fn main() {
    fn helper(a: u32) -> u32 { a + 1 }
    struct Local { v: u8 }
    let l = Local { v: 9 };
    let mut c = outer::inner::Counter { n: 0 };
    c.tick();
    println!("{} {} {} {}", outer::call(), helper(1), l.v, c.tick());
}
