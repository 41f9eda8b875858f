//@ covers: Vec indexing out of bounds panics with "index out of bounds: the len is 3 but the index is 7"
fn main() {
    let e: Vec<u8> = Vec::new();
    println!("empty get(0) {:?} first {:?}", e.get(0), e.first());
    println!("last {:?}", vec![1, 2, 3].last());
    println!("get_mut {:?}", vec![4u8].get_mut(0));
    let mut v = vec![1u8, 2, 3, 4, 5];
    v.truncate(3);
    println!("len {} cap >= 5 {}", v.len(), v.capacity() >= 5);
    v[1] = 20;
    let mut m = vec![vec![0u8; 2]; 2];
    m[1][1] = 7;
    println!("{:?} {:?}", v, m);
    let idx = [0usize, 2, 7];
    for i in idx {
        println!("get {:?}", v.get(i));
        println!("v[{}] = {}", i, v[i]);
    }
    println!("unreachable");
}
