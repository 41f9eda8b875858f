// Enums with data, explicit discriminants, Option/Result niches and casts.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Shape { Circle(u32), Rect { w: u32, h: u32 }, Empty }
#[derive(Debug, Clone, Copy)]
#[repr(u8)]
enum Level { Low = 1, Mid = 5, High = 200 }
fn area(s: &Shape) -> u32 {
    match *s {
        Shape::Circle(r) => 3 * r * r,
        Shape::Rect { w, h } => w * h,
        Shape::Empty => 0,
    }
}
fn main() {
    let shapes = [Shape::Circle(2), Shape::Rect { w: 3, h: 4 }, Shape::Empty];
    for s in shapes.iter() {
        println!("{:?} -> {}", s, area(s));
    }
    let l = Level::High;
    println!("{:?} {} {}", l, l as u8, Level::Low as i32 + Level::Mid as i32);
    let o: Option<&Shape> = shapes.get(1);
    let none: Option<&Shape> = shapes.get(7);
    println!("{:?} {:?} {}", o, none, shapes[0] == Shape::Circle(2));
    println!("{} {}", std::mem::size_of::<Option<&u8>>(), std::mem::size_of::<Option<u32>>());
}
