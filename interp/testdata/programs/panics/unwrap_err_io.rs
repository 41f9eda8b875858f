//@ covers: Result::unwrap on Err(io::Error) prints "called `Result::unwrap()` on an `Err` value: Os { .. }" / Custom
use std::io::{Error, ErrorKind};

fn op(i: u32) -> Result<u32, Error> {
    match i {
        0 => Ok(10),
        1 => Err(Error::new(ErrorKind::InvalidInput, "bad input")),
        _ => Err(Error::from_raw_os_error(2)),
    }
}

fn main() {
    println!("{:?}", op(0).unwrap());
    match op(1) {
        Ok(v) => println!("ok {}", v),
        Err(e) => println!("err kind {:?} msg {}", e.kind(), e),
    }
    println!("{:?}", op(1).err());
    println!("is_err {}", op(2).is_err());
    let v = op(2).unwrap();
    println!("unreachable {}", v);
}
// The unwrap on op(2) fails with an OS error (ENOENT).
// Its Debug form is printed after the standard unwrap text.
// Exit status is 101.
