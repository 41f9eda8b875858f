//@ covers: assert_ne! with a custom message prints "assertion `left != right` failed: <msg>" then left/right
#[derive(Debug, PartialEq, Clone, Copy)]
enum State {
    Idle,
    Busy(u8),
    Done,
}

fn step(s: State) -> State {
    match s {
        State::Idle => State::Busy(1),
        State::Busy(n) if n < 2 => State::Busy(n + 1),
        State::Busy(_) => State::Done,
        State::Done => State::Done,
    }
}

fn main() {
    let mut s = State::Idle;
    for i in 0..5 {
        let next = step(s);
        assert_ne!(next, s, "state machine stuck at step {} in {:?}", i, s);
        println!("step {}: {:?} -> {:?}", i, s, next);
        s = next;
    }
    println!("unreachable");
}
