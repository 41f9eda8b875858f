//@ covers: Option::expect on None panics with exactly the given message
struct Config {
    name: Option<&'static str>,
    port: Option<u16>,
}

fn main() {
    let configs = [
        Config { name: Some("a"), port: Some(80) },
        Config { name: Some("b"), port: None },
    ];
    println!("expect on Some {}", Some("x").expect("not printed"));
    for c in &configs {
        let name = c.name.expect("name is required");
        println!("config {}", name);
        let port = c.port.expect("every config needs a port");
        println!("port {}", port);
    }
    println!("unreachable");
}
