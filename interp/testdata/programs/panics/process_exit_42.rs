//@ covers: std::process::exit(42) ends the process with status 42, skipping destructors; flushed stdout is kept
struct Guard(&'static str);

impl Drop for Guard {
    fn drop(&mut self) {
        println!("drop {} (must not print)", self.0);
    }
}

fn finish(code: i32) -> ! {
    eprintln!("exiting with {}", code);
    std::process::exit(code)
}

fn main() {
    let _g = Guard("main guard");
    let v = vec![1, 2, 3];
    println!("sum {}", v.iter().sum::<i32>());
    print!("no newline before exit ");
    if v.len() == 3 {
        finish(42);
    }
    println!("unreachable");
}
