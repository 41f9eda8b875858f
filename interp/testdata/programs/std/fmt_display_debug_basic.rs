//@ covers: {} and {:?} for integers, floats, bool, char, &str, String, unit structs/enums, Option, Result, tuples
#[derive(Debug)]
struct Marker;

#[derive(Debug, Clone, Copy)]
enum Level {
    Low,
    High,
}

#[derive(Debug)]
struct Wrapper(i32, &'static str);

fn main() {
    println!("{} {:?} {} {:?}", 42, -7i8, u64::MAX, i128::MIN);
    println!("{} {:?} {} {:?}", 1.5f64, 1.0f64, 0.1f32 + 0.2f32, 1e21f64);
    println!("{} {:?} {} {:?}", 1e-7f64, f64::NAN, f64::INFINITY, -0.0f64);
    println!("{} {:?} {} {:?}", true, false, 'x', '\n');
    let s = "tab\there \"quoted\" \\ é \u{1}";
    println!("{}", s);
    println!("{:?}", s);
    let owned = String::from("owned\r\n");
    println!("{:?} {}", owned, owned.len());
    println!("{:?} {:?} {:?}", Marker, Level::Low, Level::High);
    println!("{:?}", Wrapper(-1, "w"));
    let some: Option<&str> = Some("x");
    let none: Option<i32> = None;
    println!("{:?} {:?} {:?}", some, none, Some(Some(3u8)));
    let ok: Result<u8, String> = Ok(1);
    let err: Result<u8, String> = Err("bad".to_string());
    println!("{:?} {:?}", ok, err);
    println!("{:?} {:?}", (), (1,));
    println!("{:?}", (1, "two", 3.0, '4', [5u8], (6, 7)));
    println!("{:?} {:?}", &&5, Box::new(6));
    let pi = 3.14159265358979f64;
    println!("{} {} {}", pi, pi as f32, 100.0f64 / 3.0);
    println!("{} {} {}", 1e15f64, 1e16f64, 123456789.0f32);
    println!("{:?} {:?}", f32::MIN_POSITIVE, f64::EPSILON);
    println!("{{literal braces}} {}%", 50);
    let name = "inline";
    let width = 3;
    println!("{name} {width} {name:?} {0} {0:?}", 'q');
}
