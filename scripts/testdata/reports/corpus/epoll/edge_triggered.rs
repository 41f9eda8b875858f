//@ covers: EPOLLET reports a pipe readable once per write
fn main() {
    let ep = fdc::epoll_create1(0).unwrap();
    let (r, w) = fdc::pipe().unwrap();
    fdc::epoll_ctl_add(ep, r, fdc::EPOLLIN | fdc::EPOLLET).unwrap();
    fdc::write(w, b"a").unwrap();
    let first = fdc::epoll_wait(ep, 8, 0).unwrap().len();
    let second = fdc::epoll_wait(ep, 8, 0).unwrap().len();
    println!("{first} {second}");
    std::process::exit(if second == 0 { 0 } else { 3 });
}
