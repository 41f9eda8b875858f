// Box: heap values, recursive types, Box<dyn Fn>.
enum List { Cons(i32, Box<List>), Nil }
fn sum(l: &List) -> i32 { match l { List::Cons(v, rest) => v + sum(rest), List::Nil => 0 } }
fn main() {
    let l = List::Cons(1, Box::new(List::Cons(2, Box::new(List::Cons(3, Box::new(List::Nil))))));
    let b = Box::new(41);
    let f: Box<dyn Fn(i32) -> i32> = Box::new(move |x| x + *b);
    println!("{} {}", sum(&l), f(1));
}
