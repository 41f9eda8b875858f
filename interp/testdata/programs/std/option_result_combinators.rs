//@ covers: Option/Result methods: unwrap, expect, is_some/is_none/is_ok/is_err, ok, err, map, map_err, unwrap_or, and_then, or, filter
fn half(x: i32) -> Option<i32> {
    if x % 2 == 0 { Some(x / 2) } else { None }
}

fn to_pos(x: i32) -> Result<u32, String> {
    if x >= 0 { Ok(x as u32) } else { Err(format!("{} is negative", x)) }
}

fn main() {
    let a = Some(8);
    let b: Option<i32> = None;
    println!("{} {} {} {}", a.is_some(), a.is_none(), b.is_some(), b.is_none());
    println!("{} {}", a.unwrap(), a.expect("has value"));
    println!("{:?} {:?}", a.map(|x| x * 10), b.map(|x| x * 10));
    println!("{} {}", a.unwrap_or(0), b.unwrap_or(-1));
    println!("{} {}", b.unwrap_or_else(|| 99), a.map_or(0, |x| x + 1));
    println!("{:?} {:?} {:?}", a.and_then(half), a.and_then(half).and_then(half).and_then(half), Some(3).and_then(half));
    println!("{:?} {:?}", b.or(Some(5)), a.or(Some(5)));
    println!("{:?} {:?}", a.filter(|x| *x > 10), a.filter(|x| *x > 1));
    println!("{:?} {:?}", a.ok_or("none"), b.ok_or("none"));
    println!("{:?} {:?}", a.xor(b), a.zip(Some('c')));
    let r1 = to_pos(5);
    let r2 = to_pos(-3);
    println!("{} {} {} {}", r1.is_ok(), r1.is_err(), r2.is_ok(), r2.is_err());
    println!("{:?} {:?}", r1.clone().ok(), r2.clone().ok());
    println!("{:?} {:?}", r1.clone().err(), r2.clone().err());
    println!("{:?} {:?}", r1.clone().map(|x| x * 2), r2.clone().map(|x| x * 2));
    println!("{:?}", r2.clone().map_err(|e| e.len()));
    println!("{} {}", r1.clone().unwrap_or(0), r2.clone().unwrap_or(0));
    println!("{:?}", r1.clone().and_then(|x| if x > 3 { Err("too big".to_string()) } else { Ok(x) }));
    println!("{:?}", r2.clone().or_else(|_| to_pos(7)));
    println!("{} {}", r1.clone().expect("positive"), r2.clone().unwrap_or_default());
    println!("{}", r2.as_ref().map_or(0, |v| *v));
    let mut o = Some(1);
    if let Some(x) = o.as_mut() {
        *x += 41;
    }
    println!("{:?} {:?}", o, o.as_ref().map(|x| x.to_string()));
    let words = ["3", "x", "10"];
    for w in words {
        let v = w.parse::<i32>().ok().and_then(half).map(|h| h + 100).unwrap_or(-1);
        println!("{} -> {}", w, v);
    }
    println!("{:?}", Some(Some(4)).flatten());
    println!("{:?}", Ok::<Option<i32>, String>(Some(2)).transpose());
}
