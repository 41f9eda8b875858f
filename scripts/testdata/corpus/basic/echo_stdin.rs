//@ covers: the case's stdin file is fed to the program
use std::io::Read;
fn main() {
    let mut s = String::new();
    std::io::stdin().read_to_string(&mut s).unwrap();
    print!("got {} bytes: {}", s.len(), s);
}
