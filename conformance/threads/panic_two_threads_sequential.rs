//@ covers: two threads panicking one after the other (each joined first): both messages, the backtrace note only once
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let a = std::thread::spawn(|| panic!("first"));
    let ra = a.join().is_err();
    let b = std::thread::spawn(|| panic!("second"));
    let rb = b.join().is_err();
    println!("a err {} b err {}", ra, rb);
}
