//@ covers: print!/println!/eprint!/eprintln! go to stdout/stderr separately; empty println!, multi-line and unicode output
use std::io::Write;

fn main() {
    print!("a");
    print!("b");
    println!("c");
    eprint!("err-");
    eprintln!("line {}", 1);
    println!();
    println!("multi\nline\n");
    eprintln!();
    eprintln!("{:?}", ("tuple", 2));
    let stdout = std::io::stdout();
    let mut lock = stdout.lock();
    writeln!(lock, "via lock {}", 5).unwrap();
    lock.write_all(b"raw bytes\n").unwrap();
    drop(lock);
    std::io::stderr().write_all(b"stderr raw\n").unwrap();
    println!("unicode: ünïcödé ✓ 🎉");
    eprintln!("unicode on stderr: ✗");
    for i in 0..3 {
        print!("{}{}", i, if i < 2 { "," } else { "\n" });
    }
    let long = "x".repeat(100);
    println!("{}", long);
    std::io::stdout().flush().unwrap();
    eprint!("no trailing newline on stderr");
}
