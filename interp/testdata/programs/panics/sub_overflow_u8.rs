//@ covers: debug-build u8 subtraction below zero panics with "attempt to subtract with overflow"
fn sub(a: u8, b: u8) -> u8 {
    a - b
}

fn sub_i8(a: i8, b: i8) -> i8 {
    a - b
}

fn main() {
    println!("i8 -100 - 28 = {}", sub_i8(-100, 28));
    println!("saturating {} wrapping {}", 3u8.saturating_sub(9), 3u8.wrapping_sub(9));
    let mut level: u8 = 10;
    let costs = [3u8, 4, 2, 5];
    for c in costs {
        println!("level {} cost {} checked {:?}", level, c, level.checked_sub(c));
        level = sub(level, c);
    }
    println!("unreachable {}", level);
}
