//@ covers: two threads each blocked reading the pipe the other should write
//@ interp-only: deadlock
fn main() {
    let (r1, w1) = fdc::pipe().unwrap();
    let (r2, w2) = fdc::pipe().unwrap();
    let t = std::thread::spawn(move || { fdc::read_byte(r1); fdc::write(w2, b"x") });
    fdc::read_byte(r2);
    fdc::write(w1, b"y").unwrap();
    t.join().unwrap().unwrap();
}
