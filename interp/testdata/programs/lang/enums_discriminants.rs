//@ covers: C-like enums with explicit discriminants and `as i32`, data-carrying enums, match with guards and bindings
#[derive(Debug, Clone, Copy, PartialEq)]
enum Color {
    Red = 1,
    Green = 20,
    Blue, // 21
    Neg = -5,
}

#[derive(Debug, Clone, Copy)]
#[repr(u8)]
enum Small {
    A = 200,
    B,
}

#[derive(Debug, Clone, PartialEq)]
enum Shape {
    Circle(f64),
    Rect { w: u32, h: u32 },
    Empty,
    Named(String, u8),
}

fn describe(s: &Shape) -> String {
    match s {
        Shape::Circle(r) if *r > 10.0 => format!("big circle {}", r),
        Shape::Circle(r) => format!("circle {}", r),
        Shape::Rect { w, h } if w == h => format!("square {}", w),
        Shape::Rect { w, h: height } => format!("rect {}x{}", w, height),
        Shape::Empty => String::from("empty"),
        Shape::Named(n, k @ 1..=9) => format!("named {} small {}", n, k),
        Shape::Named(n, k) => format!("named {} {}", n, k),
    }
}

fn main() {
    let cs = [Color::Red, Color::Green, Color::Blue, Color::Neg];
    for c in cs {
        println!("{:?} = {} as u8 {}", c, c as i32, c as u8);
    }
    println!("Small {:?} {} {:?} {}", Small::A, Small::A as u8, Small::B, Small::B as i32);
    println!("size Color {} Small {}", std::mem::size_of::<Color>(), std::mem::size_of::<Small>());
    println!("eq {} {}", Color::Red == Color::Red, Color::Red == Color::Blue);
    let shapes = vec![
        Shape::Circle(1.5),
        Shape::Circle(12.0),
        Shape::Rect { w: 3, h: 3 },
        Shape::Rect { w: 2, h: 9 },
        Shape::Empty,
        Shape::Named(String::from("x"), 4),
        Shape::Named(String::from("y"), 40),
    ];
    for s in &shapes {
        println!("{:?} -> {}", s, describe(s));
    }
    let n = shapes.iter().filter(|s| matches!(s, Shape::Circle(_))).count();
    println!("circles {}", n);
    if let Shape::Rect { w, .. } = shapes[3] {
        println!("if let w {}", w);
    }
    println!("eq {}", shapes[4] == Shape::Empty);
}
