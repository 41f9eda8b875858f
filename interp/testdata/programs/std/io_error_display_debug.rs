//@ covers: std::io::Error Display/Debug for from_raw_os_error, Error::new(ErrorKind::Other, ..), ErrorKind into Error
use std::io::{Error, ErrorKind};

fn show(label: &str, e: &Error) {
    println!("{}:", label);
    println!("  display: {}", e);
    println!("  debug:   {:?}", e);
    println!("  kind: {:?} raw: {:?}", e.kind(), e.raw_os_error());
}

fn main() {
    show("EAGAIN", &Error::from_raw_os_error(11));
    show("ENOENT", &Error::from_raw_os_error(2));
    show("EPIPE", &Error::from_raw_os_error(32));
    show("EBADF", &Error::from_raw_os_error(9));
    show("EINVAL", &Error::from_raw_os_error(22));
    show("EINTR", &Error::from_raw_os_error(4));
    show("other", &Error::new(ErrorKind::Other, "boom"));
    show("custom string", &Error::new(ErrorKind::InvalidData, String::from("bad data 42")));
    show("other fn", &Error::other("via other()"));
    let nf: Error = ErrorKind::NotFound.into();
    show("from kind", &nf);
    let wb = Error::from(ErrorKind::WouldBlock);
    show("from WouldBlock", &wb);
    println!("kind display {} / {}", ErrorKind::BrokenPipe, ErrorKind::UnexpectedEof);
    println!("kind eq {}", Error::from_raw_os_error(11).kind() == ErrorKind::WouldBlock);
    let r: Result<(), Error> = Err(Error::new(ErrorKind::TimedOut, "slow"));
    println!("{:?}", r);
}
