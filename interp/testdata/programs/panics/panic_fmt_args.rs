//@ covers: panic! with format args ({} {:?} {:#x}, named and inline args) prints the formatted message
#[derive(Debug)]
struct Req {
    id: u32,
    path: &'static str,
}

fn handle(r: &Req) -> u32 {
    if r.path.is_empty() {
        let code = 0x1f;
        panic!("bad request {:?}: id={} code={:#x} {name}", r, r.id, code, name = "empty-path");
    }
    r.id * 2
}

fn main() {
    let reqs = [Req { id: 1, path: "/a" }, Req { id: 2, path: "/b" }, Req { id: 3, path: "" }];
    for r in &reqs {
        let id = r.id;
        println!("handled {id} -> {}", handle(r));
    }
    println!("unreachable");
}
