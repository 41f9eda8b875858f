//@ covers: process::exit sets the exit status
//@ seeds: 3
fn main() {
    println!("exiting");
    std::process::exit(3);
}
