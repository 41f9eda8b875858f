//@ covers: arrays (incl. nested and zero-length), tuples, tuple structs, named structs, field update syntax, comparisons
#[derive(Debug, Clone, Copy, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

#[derive(Debug, Clone, PartialEq)]
struct Rect {
    origin: Point,
    size: (u32, u32),
    name: &'static str,
}

#[derive(Debug)]
struct Meters(f64);

#[derive(Debug)]
struct Unit;

fn area(r: &Rect) -> u32 {
    r.size.0 * r.size.1
}

fn main() {
    let a = [1, 2, 3, 4];
    let z: [u8; 0] = [];
    let grid = [[0u8; 3]; 2];
    println!("{:?} {:?} {:?} {}", a, z, grid, grid.len() * grid[0].len());
    let mut m = [[1, 2], [3, 4]];
    m[1][0] = 30;
    println!("{:?} eq {}", m, m == [[1, 2], [30, 4]]);
    let t = (1u8, -2i64, 'c', "s", (true, 2.5f32));
    println!("{:?} {} {}", t, t.1, (t.4).1);
    let (p, q, _, _, (flag, _)) = t;
    println!("destructured {} {} {}", p, q, flag);
    let unit = ();
    println!("unit {:?}", unit);
    let p1 = Point { x: 3, y: -4 };
    let p2 = Point { y: 10, ..p1 };
    println!("{:?} {:?} eq {} {}", p1, p2, p1 == p2, p1 == Point { x: 3, y: -4 });
    let r = Rect { origin: p1, size: (4, 5), name: "box" };
    let mut r2 = r.clone();
    r2.size.1 = 7;
    r2.origin.x += 1;
    println!("{:?}", r);
    println!("{:?} area {} {}", r2, area(&r), area(&r2));
    let Point { x, y } = r2.origin;
    println!("x={} y={}", x, y);
    let d = Meters(2.5);
    println!("{:?} {} {:?}", d, d.0 * 2.0, Unit);
    let pts = [Point { x: 1, y: 1 }, Point { x: -2, y: 5 }];
    let mut sx = 0;
    for p in pts.iter() {
        sx += p.x * p.y;
    }
    println!("dot sum {}", sx);
    println!("tuple cmp {} {}", (1, 'b') < (1, 'c'), (2, 0) > (1, 9));
}
