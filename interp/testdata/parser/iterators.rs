// Iterator adapters: enumerate, zip, map, filter, take, skip, chain, fold, count, min/max.
fn main() {
    let a = [3, 1, 4, 1, 5, 9, 2, 6];
    for (i, x) in a.iter().enumerate().skip(5) { print!("{}:{} ", i, x); }
    println!();
    let z: Vec<(i32, char)> = a.iter().cloned().zip("abc".chars()).collect();
    let f = a.iter().fold(0, |acc, x| acc * 2 + x);
    let c = a.iter().filter(|&&x| x > 2).count();
    let chained: Vec<i32> = a.iter().take(2).chain(a.iter().rev().take(2)).map(|x| x * 10).collect();
    println!("{:?} {} {} {:?}", z, f, c, chained);
    println!("{:?} {:?} {}", a.iter().max(), a.iter().min(), a.iter().sum::<i32>());
}
