//@ covers: dup2 onto a high fd leaves the fds below it free
fn main() {
    let (r, _w) = fdc::pipe().unwrap();
    let hi = fdc::dup2(r, 100).unwrap();
    eprintln!("dup2 -> {hi} && next free < {hi}");
    assert!(fdc::dup(r).unwrap() < hi);
}
