//@ covers: width and precision from arguments: {:1$}, {:.*}, {:w$}, {:.p$}, {:>w$.p$}, named and positional args
fn main() {
    let items = [("apple", 3, 1.25f64), ("kiwi", 12, 0.5), ("watermelon", 1, 7.0)];
    let mut w = 0;
    for (name, _, _) in items {
        if name.len() > w {
            w = name.len();
        }
    }
    for (name, qty, price) in items {
        println!("|{:<w$}|{:>4}|{:>8.2}|", name, qty, price, w = w);
    }
    println!("[{:1$}]", 7, 5);
    println!("[{:>1$}] [{:<1$}]", "r", 4);
    println!("[{:.*}]", 2, 3.14159);
    println!("[{:.*}] [{:.*}]", 0, 2.5f64, 4, 1.0f64 / 7.0);
    println!("[{:w$.p$}]", 9.87654, w = 10, p = 3);
    let p = 1;
    let width = 6;
    println!("[{:>width$.p$}] [{:^width$}]", 2.25, "c");
    println!("[{0:>1$}] [{0:<1$}] [{0:^1$}]", "x", 5);
    println!("[{:0w$}]", 42, w = 6);
    println!("[{:#0w$x}]", 255, w = 8);
    println!("[{:+.p$e}]", 12345.678, p = 2);
    println!("[{2}{1}{0}] [{0}{0}]", 'a', 'b', 'c');
    for n in 1..4 {
        println!("{:>n$}", "*", n = n * 2);
    }
    let s = format!("{:-^1$}", " title ", 21);
    println!("{} {}", s, s.len());
}
