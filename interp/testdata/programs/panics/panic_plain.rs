//@ covers: panic! with a literal message and no format args: stderr message, exit 101, stdout before it kept
fn check(depth: u32) {
    println!("depth {}", depth);
    if depth == 3 {
        panic!("reached the bottom");
    }
    check(depth + 1);
}

fn main() {
    println!("start");
    let v = vec![1, 2, 3];
    let total: i32 = v.iter().sum();
    println!("total {}", total);
    print!("partial line without newline ");
    println!("v is {:?} empty {}", v, v.is_empty());
    println!("max {:?}", v.iter().max());
    check(0);
    println!("unreachable");
}
