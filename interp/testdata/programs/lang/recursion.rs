//@ covers: recursion: naive fib, small ackermann, mutual recursion, recursive structs with Box, deep-ish recursion
fn fib(n: u32) -> u64 {
    if n < 2 { n as u64 } else { fib(n - 1) + fib(n - 2) }
}

fn ack(m: u64, n: u64) -> u64 {
    if m == 0 {
        n + 1
    } else if n == 0 {
        ack(m - 1, 1)
    } else {
        ack(m - 1, ack(m, n - 1))
    }
}

fn is_even(n: u32) -> bool {
    if n == 0 { true } else { is_odd(n - 1) }
}

fn is_odd(n: u32) -> bool {
    if n == 0 { false } else { is_even(n - 1) }
}

#[derive(Debug)]
enum List {
    Cons(i32, Box<List>),
    Nil,
}

fn build(n: i32) -> List {
    if n == 0 { List::Nil } else { List::Cons(n, Box::new(build(n - 1))) }
}

fn sum(l: &List) -> i32 {
    match l {
        List::Cons(v, rest) => v + sum(rest),
        List::Nil => 0,
    }
}

fn depth(n: u32) -> u32 {
    if n == 0 { 0 } else { 1 + depth(n - 1) }
}

fn hanoi(n: u32, from: u8, to: u8, via: u8, moves: &mut Vec<(u8, u8)>) {
    if n == 0 {
        return;
    }
    hanoi(n - 1, from, via, to, moves);
    moves.push((from, to));
    hanoi(n - 1, via, to, from, moves);
}

fn main() {
    for n in [0, 1, 2, 10, 20] {
        println!("fib({}) = {}", n, fib(n));
    }
    println!("ack(2, 3) = {}", ack(2, 3));
    println!("ack(3, 3) = {}", ack(3, 3));
    println!("even 10 {} odd 7 {} even 99 {}", is_even(10), is_odd(7), is_even(99));
    let l = build(4);
    println!("{:?} sum {}", l, sum(&l));
    println!("depth {}", depth(5000));
    let mut moves = Vec::new();
    hanoi(4, 1, 3, 2, &mut moves);
    println!("hanoi moves {} first {:?} last {:?}", moves.len(), moves[0], moves[moves.len() - 1]);
}
