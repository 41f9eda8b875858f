//@ covers: slicing past the end panics with "range end index 9 out of range for slice of length 6"
fn tail(v: &[u8], end: usize) -> &[u8] {
    &v[2..end]
}

fn main() {
    let mut data = vec![9u8; 6];
    data[5] = 1;
    println!("chunks {}", data.chunks(4).count());
    println!("{:?}", tail(&data, 6));
    println!("{:?}", tail(&data, 2));
    println!("get {:?}", data.get(..9));
    println!("get {:?}", data.get(5..));
    let (l, r) = data.split_at(4);
    println!("split {:?} {:?}", l, r);
    for end in [3usize, 9] {
        println!("2..{} = {:?}", end, tail(&data, end));
    }
    println!("unreachable");
}
