//@ covers: Box: heap values, deref and deref-mut, Box<[T]>, Box<str>, into_raw/from_raw, recursive boxes, moves out of boxes
#[derive(Debug)]
struct Node {
    val: u32,
    next: Option<Box<Node>>,
}

fn push_front(head: Option<Box<Node>>, val: u32) -> Option<Box<Node>> {
    Some(Box::new(Node { val, next: head }))
}

fn main() {
    let mut b = Box::new(41u64);
    *b += 1;
    println!("box {} size {}", b, std::mem::size_of_val(&b));
    let inner: u64 = *b;
    println!("moved out {}", inner);
    let s: Box<str> = "boxed str".into();
    println!("{} len {}", s, s.len());
    let arr: Box<[i32]> = vec![1, 2, 3].into_boxed_slice();
    println!("{:?} len {} sum {}", arr, arr.len(), arr.iter().sum::<i32>());
    let big = Box::new([7u8; 4096]);
    println!("big {} {}", big.len(), big[4095]);
    let mut list = None;
    for i in 1..=4 {
        list = push_front(list, i * 10);
    }
    let mut cur = &list;
    let mut vals = Vec::new();
    while let Some(n) = cur {
        vals.push(n.val);
        cur = &n.next;
    }
    println!("list {:?}", vals);
    let raw: *mut String = Box::into_raw(Box::new(String::from("raw")));
    unsafe {
        (*raw).push_str("-edited");
        let back = Box::from_raw(raw);
        println!("from_raw {}", back);
    }
    let nested: Box<Box<Box<i8>>> = Box::new(Box::new(Box::new(-3)));
    println!("nested {}", ***nested);
    let text = Box::new(String::from("move me"));
    let unboxed: String = *text;
    println!("unboxed {}", unboxed);
    let pair = Box::new((1u8, String::from("two")));
    let (a, bstr) = *pair;
    println!("pair {} {}", a, bstr);
    let node = Node { val: 1, next: Some(Box::new(Node { val: 2, next: None })) };
    println!("{:?}", node);
}
