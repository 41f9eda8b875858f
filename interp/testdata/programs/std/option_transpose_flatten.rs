//@ covers: Result::transpose and Option::transpose in every variant, Option::flatten, ptr::swap of Strings
fn main() {
    let a: Result<Option<i32>, String> = Ok(Some(2));
    let b: Result<Option<i32>, String> = Ok(None);
    let c: Result<Option<i32>, String> = Err("bad".to_string());
    println!("{:?} {:?} {:?}", a.transpose(), b.transpose(), c.transpose());
    let d: Option<Result<u8, String>> = Some(Ok(7));
    let e: Option<Result<u8, String>> = Some(Err("no".into()));
    let f: Option<Result<u8, String>> = None;
    println!("{:?} {:?} {:?}", d.transpose(), e.transpose(), f.transpose());
    println!("{:?} {:?} {:?}", Some(Some("x")).flatten(), Some(None::<&str>).flatten(), None::<Option<bool>>.flatten());
    let nested: Option<Option<Vec<u16>>> = Some(Some(vec![1, 2]));
    println!("{:?}", nested.flatten());
    let (mut x, mut y) = (String::from("left"), String::from("right"));
    unsafe { std::ptr::swap(&mut x, &mut y) };
    println!("{} {}", x, y);
}
