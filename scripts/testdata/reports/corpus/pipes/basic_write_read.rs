//@ covers: bytes written to a pipe are read back in order
fn main() {
    let (r, w) = fdc::pipe().unwrap();
    fdc::write(w, b"hello").unwrap();
    let mut buf = [0u8; 5];
    assert_eq!(fdc::read(r, &mut buf).unwrap(), 5);
    println!("{}", std::str::from_utf8(&buf).unwrap());
}
