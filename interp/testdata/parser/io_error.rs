// std::io::Error from raw OS errors: Display, Debug, kind, raw_os_error.
use std::io;
fn main() {
    for code in [9, 11, 32, 22] {
        let e = io::Error::from_raw_os_error(code);
        println!("{} | {:?} | {:?} | {:?}", e, e, e.kind(), e.raw_os_error());
    }
    let custom = io::Error::new(io::ErrorKind::Other, "custom failure");
    println!("{} {:?}", custom, custom.kind());
}
