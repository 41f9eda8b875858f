//@ covers: returning boxed closures `Box<dyn Fn(i32) -> i32>`, Vec of boxed closures, Box<dyn FnMut>, Box<dyn FnOnce>
fn adder(n: i32) -> Box<dyn Fn(i32) -> i32> {
    Box::new(move |x| x + n)
}

fn make_op(name: &str) -> Box<dyn Fn(i32) -> i32> {
    match name {
        "double" => Box::new(|x| x * 2),
        "square" => Box::new(|x| x * x),
        "neg" => Box::new(|x: i32| -x),
        _ => Box::new(|x| x),
    }
}

fn counter() -> Box<dyn FnMut() -> usize> {
    let mut c = 0;
    Box::new(move || {
        c += 1;
        c
    })
}

fn pipeline(ops: &[Box<dyn Fn(i32) -> i32>], x: i32) -> i32 {
    let mut v = x;
    for op in ops {
        v = op(v);
    }
    v
}

fn main() {
    let add5 = adder(5);
    println!("add5 {}", add5(10));
    let ops: Vec<Box<dyn Fn(i32) -> i32>> =
        vec![make_op("double"), adder(-3), make_op("square"), make_op("neg"), make_op("other")];
    for (i, op) in ops.iter().enumerate() {
        println!("op{}(7) = {}", i, op(7));
    }
    println!("pipeline {}", pipeline(&ops, 4));
    let mut c1 = counter();
    let mut c2 = counter();
    println!("counters {} {} {} {}", c1(), c1(), c2(), c1());
    let s = String::from("bye");
    let f: Box<dyn FnOnce() -> String> = Box::new(move || s + "!");
    println!("once {}", f());
    let r: &dyn Fn(i32) -> i32 = &*add5;
    println!("through &dyn {}", r(1));
    println!("size Box<dyn Fn> {}", std::mem::size_of::<Box<dyn Fn(i32) -> i32>>());
}
