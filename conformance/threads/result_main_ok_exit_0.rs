//@ covers: fn main() -> Result returning Ok(()) after thread work exits 0 with nothing on stderr
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


use std::io::{Read, Write};

fn main() -> Result<(), std::io::Error> {
    let (mut reader, mut writer) = std::io::pipe()?;
    let t = std::thread::spawn(move || -> std::io::Result<usize> {
        writer.write_all(b"from thread")?;
        Ok(11)
    });
    let wrote = t.join().unwrap()?;
    let mut s = String::new();
    reader.read_to_string(&mut s)?;
    println!("wrote {} read {:?}", wrote, s);
    Ok(())
}
