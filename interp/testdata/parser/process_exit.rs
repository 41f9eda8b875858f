// std::process::exit with a status, after printing to stdout and stderr.
fn main() {
    println!("about to exit");
    eprintln!("on stderr");
    std::process::exit(3);
}
