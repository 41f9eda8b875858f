//@ covers: Drop order: reverse declaration at scope end, explicit drop, moved values, struct fields, Vec elements, temporaries
struct D(&'static str);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Pair {
    _first: D,
    _second: D,
}

fn take(d: D) {
    println!("took {}", d.0);
}

fn make(name: &'static str) -> D {
    println!("make {}", name);
    D(name)
}

fn main() {
    let _a = D("a");
    let b = D("b");
    {
        let _inner1 = D("inner1");
        let _inner2 = D("inner2");
        println!("leaving inner scope");
    }
    take(b);
    println!("after take");
    let c = D("c");
    drop(c);
    println!("after explicit drop");
    let _p = Pair { _first: D("field1"), _second: D("field2") };
    let v = vec![D("v0"), D("v1"), D("v2")];
    println!("vec built");
    let mut w = vec![D("w0"), D("w1")];
    w.remove(0);
    println!("after remove");
    w.push(D("w2"));
    w.truncate(1);
    println!("after truncate");
    drop(v);
    println!("vec dropped");
    let _ = make("underscore");
    println!("after let _");
    let _keep = make("keep");
    make("temp").0.len();
    println!("after temporary");
    let mut x = D("x1");
    x = D("x2");
    println!("reassigned {}", x.0);
    let o = Some(D("opt"));
    if let Some(ref d) = o {
        println!("peek {}", d.0);
    }
    let boxed = Box::new(D("boxed"));
    let moved = boxed;
    println!("moved box {}", moved.0);
    println!("end of main");
}
