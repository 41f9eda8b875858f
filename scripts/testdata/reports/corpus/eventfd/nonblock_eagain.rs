//@ covers: a non-blocking read of a zero eventfd fails with EAGAIN
fn main() {
    let fd = fdc::eventfd(0, fdc::EFD_NONBLOCK).unwrap();
    println!("{:?}", fdc::read_u64(fd).err());
}
