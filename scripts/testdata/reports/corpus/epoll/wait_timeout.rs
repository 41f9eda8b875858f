//@ covers: epoll_wait with a 10 ms timeout and no ready fd returns 0
fn main() {
    let ep = fdc::epoll_create1(0).unwrap();
    println!("{}", fdc::epoll_wait(ep, 8, 10).unwrap().len());
}
