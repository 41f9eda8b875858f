//@ covers: Result::unwrap on Err(custom #[derive(Debug)] enum) prints the enum's Debug form
#[derive(Debug)]
enum DbError {
    NotFound { table: &'static str, id: u64 },
    Timeout(u32),
    Closed,
}

fn fetch(id: u64) -> Result<String, DbError> {
    match id {
        1 => Ok(String::from("alice")),
        2 => Err(DbError::Timeout(30)),
        3 => Err(DbError::Closed),
        _ => Err(DbError::NotFound { table: "users", id }),
    }
}

fn main() {
    println!("{:?}", fetch(1));
    println!("{:?}", fetch(2));
    println!("{:?}", fetch(3));
    if let Err(e) = fetch(9) {
        println!("{:?}", e);
    }
    let name = fetch(1).unwrap();
    println!("got {}", name);
    let other = fetch(42).unwrap();
    println!("unreachable {}", other);
}
