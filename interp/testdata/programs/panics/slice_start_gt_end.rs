//@ covers: slicing with start > end panics with "slice index starts at 4 but ends at 2"
fn sub(v: &[u8], a: usize, b: usize) -> &[u8] {
    &v[a..b]
}

fn main() {
    let data = [1u8, 2, 3, 4, 5, 6];
    println!("{:?}", sub(&data, 1, 3));
    println!("{:?}", sub(&data, 3, 3));
    println!("{:?}", sub(&data, 0, 6));
    println!("get {:?}", data.get(4..2));
    println!("inclusive {:?}", &data[1..=2]);
    println!("len {} empty range {:?}", data.len(), &data[6..]);
    println!("get(2..2) {:?}", data.get(2..2));
    let pairs = [(0usize, 1usize), (4, 2), (1, 1)];
    for (a, b) in pairs {
        println!("[{}..{}] = {:?}", a, b, sub(&data, a, b));
    }
    println!("unreachable");
}
