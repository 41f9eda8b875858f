//@ covers: slices/arrays: len, is_empty, as_ptr, indexing, range slicing, split_at/split_at_mut, copy_from_slice, iter sum/all/any/position
fn total(s: &[u32]) -> u32 {
    s.iter().sum()
}

fn main() {
    let mut a = [5u32, 1, 4, 2, 3, 9];
    let s: &[u32] = &a;
    println!("len {} empty {} {}", s.len(), s.is_empty(), (&s[0..0]).is_empty());
    println!("ptr same {}", s.as_ptr() == a.as_ptr());
    println!("idx {} {} range {:?} {:?} {:?} {:?}", a[0], a[5], &a[1..3], &a[..2], &a[4..], &a[..]);
    println!("inclusive {:?}", &a[2..=3]);
    let (l, r) = a.split_at(2);
    println!("split_at {:?} {:?}", l, r);
    {
        let (lm, rm) = a.split_at_mut(3);
        lm[0] += 100;
        rm[0] += 200;
        lm.swap(1, 2);
    }
    println!("after split_at_mut {:?}", a);
    let mut b = [0u32; 6];
    b[1..4].copy_from_slice(&a[0..3]);
    println!("copy_from_slice {:?}", b);
    b.fill(7);
    println!("fill {:?}", b);
    println!("sum {} all>0 {} any>100 {} any==42 {}", total(&a), a.iter().all(|&x| x > 0), a.iter().any(|&x| x > 100),
        a.iter().any(|&x| x == 42));
    println!("position 4 {:?} position 42 {:?}", a.iter().position(|&x| x == 4), a.iter().position(|&x| x == 42));
    println!("contains {} {}", a.contains(&9), a.contains(&8));
    println!("first {:?} last {:?} max {:?} min {:?}", a.first(), a.last(), a.iter().max(), a.iter().min());
    let mut sorted = a;
    sorted.sort();
    println!("sorted {:?} original {:?}", sorted, a);
    sorted.reverse();
    println!("reversed {:?}", sorted);
    for (i, x) in a.iter().enumerate() {
        if i % 2 == 0 {
            print!("{}:{} ", i, x);
        }
    }
    println!();
    for x in a.iter_mut() {
        *x *= 2;
    }
    println!("doubled {:?}", a);
    for w in a.windows(2) {
        print!("{} ", w[1] as i64 - w[0] as i64);
    }
    println!();
    for c in a.chunks(4) {
        print!("{:?} ", c);
    }
    println!();
    println!("starts_with {} eq {}", a.starts_with(&[210, 8]), [1, 2] == [1, 2]);
    let empty: &[u8] = &[];
    println!("empty first {:?} sum {}", empty.first(), empty.iter().map(|&x| x as u32).sum::<u32>());
    println!("concat {:?}", [[1, 2], [3, 4]].concat());
}
