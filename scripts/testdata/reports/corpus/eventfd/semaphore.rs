//@ covers: EFD_SEMAPHORE reads decrement the counter by one
fn main() {
    let fd = fdc::eventfd(3, fdc::EFD_SEMAPHORE).unwrap();
    for _ in 1..=3 {
        println!("{}", fdc::read_u64(fd).unwrap());
    }
}
