//@ covers: closing a pipe end twice fails with EBADF
fn main() {
    let (r, _w) = fdc::pipe().unwrap();
    fdc::close(r).unwrap();
    println!("second close: {:?}", fdc::close(r).err());
}
