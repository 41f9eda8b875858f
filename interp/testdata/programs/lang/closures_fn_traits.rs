//@ covers: closures as Fn/FnMut/FnOnce, by-ref and move captures, passed as `impl Fn` and generic F
fn apply_twice(f: impl Fn(i32) -> i32, x: i32) -> i32 {
    f(f(x))
}

fn call_n<F: FnMut() -> u32>(n: usize, mut f: F) -> u32 {
    let mut last = 0;
    for _ in 0..n {
        last = f();
    }
    last
}

fn consume<F>(f: F) -> String
where
    F: FnOnce() -> String,
{
    f()
}

fn compose<A, B, C>(f: impl Fn(A) -> B, g: impl Fn(B) -> C) -> impl Fn(A) -> C {
    move |x| g(f(x))
}

fn main() {
    let k = 5;
    let add_k = |x| x + k; // captures k by reference
    println!("apply_twice {}", apply_twice(add_k, 1));
    println!("apply_twice fn item {}", apply_twice(i32::wrapping_neg, 7));
    let mut counter = 0u32;
    let last = call_n(4, || {
        counter += 10;
        counter
    });
    println!("FnMut last {} counter {}", last, counter);
    let s = String::from("owned");
    let once = move || s + " and consumed";
    println!("FnOnce {}", consume(once));
    let v = vec![1, 2, 3];
    let total = move || v.iter().sum::<i32>();
    println!("move sum {} {}", total(), total());
    let mut log: Vec<String> = Vec::new();
    let mut record = |m: &str| log.push(m.to_string());
    record("a");
    record("b");
    println!("log {:?}", log);
    let h = compose(|x: i32| x * 3, |y: i32| format!("<{}>", y));
    println!("compose {} {}", h(2), h(-1));
    let fs: [fn(u8) -> u8; 3] = [|x| x + 1, |x| x * 2, u8::reverse_bits];
    for f in fs {
        print!("{} ", f(3));
    }
    println!();
    let mut state = 1u64;
    let mut next = move || {
        state = state.wrapping_mul(6364136223846793005) % 1000003;
        state
    };
    println!("{} {} {} (outer state {})", next(), next(), next(), state);
    let cmp = |a: &i32, b: &i32| b.cmp(a);
    let mut xs = vec![4, 1, 3];
    xs.sort_by(cmp);
    println!("sorted desc {:?}", xs);
}
