//@ covers: assert_eq! failure prints "assertion `left == right` failed" with left/right Debug output
#[derive(Debug, PartialEq)]
struct P {
    x: i32,
    tag: &'static str,
}

fn mid(a: &P, b: &P) -> P {
    P { x: (a.x + b.x) / 2, tag: "mid" }
}

fn main() {
    let a = P { x: 2, tag: "a" };
    let b = P { x: 8, tag: "b" };
    assert_eq!(mid(&a, &b), P { x: 5, tag: "mid" });
    println!("mid ok");
    assert_eq!(vec![1, 2], [1, 2]);
    println!("vec == array ok");
    assert_eq!("abc".to_uppercase(), "ABC");
    println!("strings ok");
    assert_eq!(mid(&a, &P { x: 3, tag: "c" }), P { x: 3, tag: "mid" });
    println!("unreachable");
}
