//@ covers: Vec::drain with every range kind, partly consumed or dropped unconsumed (the tail closes the gap), from the back, owned String items
fn main() {
    let mut v: Vec<u32> = (0..10).collect();
    let mid: Vec<u32> = v.drain(3..6).collect();
    println!("3..6 {:?} left {:?}", mid, v);
    {
        let mut d = v.drain(1..4);
        println!("first {:?} last {:?}", d.next(), d.next_back());
    }
    println!("after partial drain {:?}", v);
    v.drain(..=0);
    println!("after ..=0 {:?}", v);
    let tail: Vec<u32> = v.drain(2..).rev().collect();
    println!("2.. reversed {:?} left {:?}", tail, v);
    let all: Vec<u32> = v.drain(..).collect();
    println!("all {:?} left {:?} empty {}", all, v, v.is_empty());
    let mut words: Vec<String> = ["a", "bb", "ccc", "dddd", "eeeee"].iter().map(|s| s.to_string()).collect();
    let firsts: Vec<String> = words.drain(..2).collect();
    drop(words.drain(1..2));
    println!("{:?} {:?}", firsts, words);
    let n = words.drain(..).map(|w| w.len()).sum::<usize>();
    println!("sum of lengths {} left {}", n, words.len());
}
