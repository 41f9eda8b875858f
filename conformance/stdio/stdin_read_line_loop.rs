//@ covers: stdin().read_line returns each line with its newline, the last one without, then Ok(0) at EOF
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let stdin = std::io::stdin();
    let mut i = 0;
    loop {
        let mut line = String::new();
        let n = stdin.read_line(&mut line).unwrap();
        println!("{} n={} {:?}", i, n, line);
        if n == 0 {
            break;
        }
        i += 1;
    }
    let mut more = String::new();
    println!("after eof {}", stdin.read_line(&mut more).unwrap());
}
