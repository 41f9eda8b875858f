//@ covers: dynamic dispatch via &dyn Trait and Vec<Box<dyn Trait>>, trait objects with state, supertraits
use std::fmt::Debug;

trait Shape: Debug {
    fn area(&self) -> f64;
    fn scale(&mut self, k: f64);
    fn label(&self) -> String {
        format!("{:?} with area {:.2}", self, self.area())
    }
}

#[derive(Debug)]
struct Circle {
    r: f64,
}

#[derive(Debug)]
struct Square {
    side: f64,
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.0 * self.r * self.r
    }
    fn scale(&mut self, k: f64) {
        self.r *= k;
    }
}

impl Shape for Square {
    fn area(&self) -> f64 {
        self.side * self.side
    }
    fn scale(&mut self, k: f64) {
        self.side *= k;
    }
    fn label(&self) -> String {
        format!("square {}", self.side)
    }
}

fn total(shapes: &[Box<dyn Shape>]) -> f64 {
    let mut t = 0.0;
    for s in shapes {
        t += s.area();
    }
    t
}

fn show(s: &dyn Shape) {
    println!("show: {}", s.label());
}

fn main() {
    let mut shapes: Vec<Box<dyn Shape>> = Vec::new();
    shapes.push(Box::new(Circle { r: 1.0 }));
    shapes.push(Box::new(Square { side: 2.0 }));
    shapes.push(Box::new(Circle { r: 0.5 }));
    for s in &shapes {
        println!("{}", s.label());
    }
    println!("total {}", total(&shapes));
    for s in shapes.iter_mut() {
        s.scale(2.0);
    }
    println!("scaled total {}", total(&shapes));
    println!("{:?}", shapes);
    let c = Circle { r: 2.0 };
    show(&c);
    show(shapes[1].as_ref());
    let r: &dyn Shape = &Square { side: 3.0 };
    println!("ref area {}", r.area());
    println!("sizes &dyn {} Box<dyn> {}", std::mem::size_of::<&dyn Shape>(), std::mem::size_of::<Box<dyn Shape>>());
}
