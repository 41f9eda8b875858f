// Traits: default methods, static dispatch through generics, dyn Trait, trait objects in Box and Vec.
trait Animal {
    fn name(&self) -> String;
    fn legs(&self) -> u32 { 4 }
    fn describe(&self) -> String { format!("{} with {} legs", self.name(), self.legs()) }
}
struct Dog;
struct Bird { wings: u32 }
impl Animal for Dog { fn name(&self) -> String { "dog".to_string() } }
impl Animal for Bird {
    fn name(&self) -> String { String::from("bird") }
    fn legs(&self) -> u32 { 2 + self.wings - self.wings }
}
fn loudest<T: Animal>(a: &T) -> String { a.describe().to_uppercase() }
fn main() {
    let zoo: Vec<Box<dyn Animal>> = vec![Box::new(Dog), Box::new(Bird { wings: 2 })];
    for a in zoo.iter() {
        println!("{}", a.describe());
    }
    let r: &dyn Animal = &Dog;
    println!("{} {}", r.legs(), loudest(&Bird { wings: 2 }));
}
