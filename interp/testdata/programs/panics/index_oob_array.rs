//@ covers: array indexing out of bounds panics with "index out of bounds: the len is 4 but the index is 4"
fn get(a: &[i32; 4], i: usize) -> i32 {
    a[i]
}

fn main() {
    let a = [10, 20, 30, 40];
    println!("get(1) {:?} get(9) {:?}", a.get(1), a.get(9));
    println!("first {:?} last {:?}", a.first(), a.last());
    let empty: [i32; 0] = [];
    println!("empty first {:?}", empty.first());
    println!("len {} is_empty {}", a.len(), a.is_empty());
    let mut sum = 0;
    for i in 0..=a.len() {
        let x = get(&a, i);
        sum += x;
        println!("a[{}] = {} sum {}", i, x, sum);
    }
    println!("unreachable");
}
