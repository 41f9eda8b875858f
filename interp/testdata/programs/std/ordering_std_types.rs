//@ covers: <, >, <=, >=, cmp, max, min and sort on String, &str, Vec, arrays and slices (lexicographic, byte-wise)
use std::cmp::Ordering;

fn main() {
    let (a, b) = (String::from("b"), String::from("a"));
    println!("String: > {} < {} >= {} <= {} cmp {:?}", a > b, a < b, a >= b, a <= b, a.cmp(&b));
    println!("String prefix: {} {:?}", String::from("ab") < String::from("abc"), "ab".cmp("abc"));
    println!("max {} min {}", std::cmp::max(a.clone(), b.clone()), std::cmp::min(a.clone(), b.clone()));
    let (x, y) = (vec![1, 2, 3], vec![1, 3]);
    println!("Vec: < {} > {} cmp {:?} partial {:?}", x < y, x > y, x.cmp(&y), x.partial_cmp(&y));
    println!("Vec prefix: {} {}", vec![1, 2] < vec![1, 2, 0], Vec::<u8>::new() < vec![0]);
    let (p, q) = ([3u8, 1, 2], [3u8, 1, 1]);
    println!("arrays: > {} cmp {:?}", p > q, p.cmp(&q));
    let (s, t): (&[i64], &[i64]) = (&[-1, 5], &[-1, 5, 0]);
    println!("slices: < {} >= {} cmp {:?}", s < t, s >= t, s.cmp(t));
    let fs = [1.5f64, f64::NAN];
    println!("float slices: {:?} {}", fs[..1].partial_cmp(&fs[1..]), fs[..] < fs[..]);
    let mut words = vec![String::from("pear"), String::from("Apple"), String::from("apple"), String::from("é")];
    words.sort();
    println!("sorted {:?}", words);
    let mut vs = vec![vec![2, 1], vec![1, 9, 9], vec![2], vec![]];
    vs.sort();
    println!("sorted {:?}", vs);
    let best = ["kiwi", "fig", "plum"].iter().max().unwrap();
    println!("max str {} eq {}", best, "fig".cmp("fig") == Ordering::Equal);
}
