//@ covers: eventfd read returns the sum of the writes and resets the counter
fn main() {
    let fd = fdc::eventfd(0, 0).unwrap();
    fdc::write_u64(fd, 3).unwrap();
    fdc::write_u64(fd, 4).unwrap();
    println!("{}", fdc::read_u64(fd).unwrap());
}
