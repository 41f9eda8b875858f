//@ covers: Vec::new/with_capacity/push/pop/len/clear/extend_from_slice/resize/truncate/insert/remove/contains, vec! forms, for x in vec
fn main() {
    let mut v: Vec<i32> = Vec::new();
    println!("new len {} empty {}", v.len(), v.is_empty());
    for i in 0..5 {
        v.push(i * i);
    }
    println!("pushed {:?}", v);
    println!("pop {:?} {:?}", v.pop(), v);
    let mut w: Vec<u8> = Vec::with_capacity(10);
    println!("with_capacity len {} cap>=10 {}", w.len(), w.capacity() >= 10);
    w.extend_from_slice(b"abc");
    w.extend_from_slice(&[1, 2]);
    println!("extended {:?}", w);
    w.resize(7, 0xff);
    println!("resize up {:?}", w);
    w.resize(2, 0);
    println!("resize down {:?}", w);
    w.truncate(1);
    println!("truncate {:?}", w);
    w.truncate(10);
    println!("truncate larger {:?}", w);
    v.insert(0, -1);
    v.insert(3, 100);
    v.insert(v.len(), 200);
    println!("insert {:?}", v);
    println!("remove {} -> {:?}", v.remove(3), v);
    println!("swap_remove {} -> {:?}", v.swap_remove(0), v);
    println!("contains 9 {} contains 5 {}", v.contains(&9), v.contains(&5));
    v.clear();
    println!("cleared {:?} len {}", v, v.len());
    let rep = vec![0u16; 4];
    let lit = vec![1, 2, 3];
    let strs = vec![String::from("a"); 3];
    println!("{:?} {:?} {:?}", rep, lit, strs);
    let mut total = 0;
    for x in lit {
        total += x;
    }
    println!("consumed total {}", total);
    let names = vec!["x".to_string(), "y".to_string()];
    for n in &names {
        print!("{} ", n);
    }
    for n in names {
        print!("{}! ", n);
    }
    println!();
    let mut m = vec![3, 1, 2, 3, 1];
    m.sort();
    m.dedup();
    println!("sort+dedup {:?}", m);
    m.retain(|&x| x != 2);
    println!("retain {:?}", m);
    let mut grow = Vec::new();
    for i in 0..1000u32 {
        grow.push(i);
    }
    println!("grow len {} sum {} last {:?}", grow.len(), grow.iter().sum::<u32>(), grow.last());
    let drained: Vec<u32> = grow.drain(..995).collect();
    println!("drain {} left {:?}", drained.len(), grow);
    let mut a = vec![1, 2];
    let mut b = vec![3, 4];
    a.append(&mut b);
    println!("append {:?} {:?} split_off {:?} {:?}", a.clone(), b, a.split_off(1), a);
}
