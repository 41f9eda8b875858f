//@ covers: trait methods on own types, default methods, associated consts/fns, static dispatch `<T as Trait>::m`
trait Animal {
    const LEGS: u32;
    fn name(&self) -> String;
    fn sound(&self) -> &'static str {
        "..."
    }
    fn speak(&self) -> String {
        format!("{} says {} on {} legs", self.name(), self.sound(), Self::LEGS)
    }
    fn kind() -> &'static str
    where
        Self: Sized;
}

struct Dog;
struct Bird {
    color: &'static str,
}

impl Animal for Dog {
    const LEGS: u32 = 4;
    fn name(&self) -> String {
        "dog".to_string()
    }
    fn sound(&self) -> &'static str {
        "woof"
    }
    fn kind() -> &'static str {
        "mammal"
    }
}

impl Animal for Bird {
    const LEGS: u32 = 2;
    fn name(&self) -> String {
        format!("{} bird", self.color)
    }
    fn kind() -> &'static str {
        "avian"
    }
}

trait Describe {
    fn describe(&self) -> String;
}

impl<T: Animal> Describe for T {
    fn describe(&self) -> String {
        format!("[{}] {}", T::kind(), self.speak())
    }
}

fn legs<T: Animal>(_: &T) -> u32 {
    T::LEGS
}

trait Name {
    fn m() -> &'static str;
}
impl Name for u8 {
    fn m() -> &'static str { "u8" }
}
impl Name for i64 {
    fn m() -> &'static str { "i64" }
}

fn main() {
    let d = Dog;
    let b = Bird { color: "red" };
    println!("{}", d.speak());
    println!("{}", b.speak());
    println!("{}", d.describe());
    println!("{}", b.describe());
    println!("{} {}", <Dog as Animal>::kind(), <Bird as Animal>::LEGS);
    println!("{}", <Bird as Animal>::sound(&b));
    println!("legs {} {}", legs(&d), legs(&b));
    println!("{} {}", <u8 as Name>::m(), <i64 as Name>::m());
    println!("{}", Animal::name(&d));
}
