//@ covers: std::mem::{size_of, swap, replace, take, drop} on ints, Strings, Vecs and structs
use std::mem;

#[derive(Debug, Default)]
struct Slot {
    name: String,
    items: Vec<u32>,
    count: usize,
}

struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let mut a = 1;
    let mut b = 2;
    mem::swap(&mut a, &mut b);
    println!("swap ints {} {}", a, b);
    let mut s1 = String::from("left");
    let mut s2 = String::from("right");
    mem::swap(&mut s1, &mut s2);
    println!("swap strings {} {}", s1, s2);
    let mut arr = [1, 2, 3, 4];
    arr.swap(0, 3);
    println!("slice swap {:?}", arr);
    let mut v = vec![1u32, 2, 3];
    let old = mem::replace(&mut v, vec![9]);
    println!("replace old {:?} new {:?}", old, v);
    let taken = mem::take(&mut v);
    println!("take {:?} left {:?} empty {}", taken, v, v.is_empty());
    let mut slot = Slot { name: String::from("s"), items: vec![4, 5], count: 2 };
    let name = mem::take(&mut slot.name);
    let items = mem::replace(&mut slot.items, Vec::new());
    println!("{:?} got {} {:?}", slot, name, items);
    let whole = mem::take(&mut slot);
    println!("whole {:?} default {:?}", whole.count, slot);
    let mut opt = Some(3);
    let t = opt.take();
    println!("Option::take {:?} {:?}", t, opt);
    let r = opt.replace(8);
    println!("Option::replace {:?} {:?}", r, opt);
    let n = Noisy("first");
    let mut m = Noisy("second");
    println!("before drop");
    mem::drop(n);
    println!("after drop");
    let prev = mem::replace(&mut m, Noisy("third"));
    println!("replaced {}", prev.0);
    drop(prev);
    println!("sizes {} {} {}", mem::size_of::<Slot>(), mem::size_of::<Noisy>(), mem::size_of_val(&arr));
    println!("end of main");
}
