//@ covers: {:#?} pretty printing of nested structs, enums, Vec, Option, tuples and empty collections
#[derive(Debug)]
struct Address {
    city: String,
    zip: u32,
}

#[derive(Debug)]
enum Role {
    Admin,
    User { level: u8 },
    Guest(Option<String>),
}

#[derive(Debug)]
struct Person {
    name: &'static str,
    age: u8,
    address: Address,
    roles: Vec<Role>,
    tags: Vec<&'static str>,
    pair: (i32, bool),
    nothing: Option<u8>,
}

#[derive(Debug)]
struct Empty {}

#[derive(Debug)]
struct Unit;

fn main() {
    let p = Person {
        name: "Ada",
        age: 36,
        address: Address { city: String::from("London"), zip: 12345 },
        roles: vec![Role::Admin, Role::User { level: 3 }, Role::Guest(Some("g".into())), Role::Guest(None)],
        tags: vec![],
        pair: (-1, true),
        nothing: None,
    };
    println!("{:?}", p);
    println!("{:#?}", p);
    println!("{:#?}", Empty {});
    println!("{:#?}", Unit);
    println!("{:#?}", (1, "x"));
    println!("{:#?}", [Some(1), None]);
    println!("{:#?}", Vec::<u8>::new());
    let r: Result<Address, String> = Err("missing".into());
    println!("{:#?}", r);
}
