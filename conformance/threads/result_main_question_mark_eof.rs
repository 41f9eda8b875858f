//@ covers: ? in a Result-returning main propagates UnexpectedEof from read_exact: Error: ... and exit 1
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


use std::io::{Read, Write};

fn main() -> Result<(), std::io::Error> {
    let (mut reader, mut writer) = std::io::pipe()?;
    writer.write_all(b"xy")?;
    drop(writer);
    let mut two = [0u8; 2];
    reader.read_exact(&mut two)?;
    println!("first two {:?}", two);
    let mut more = [0u8; 1];
    reader.read_exact(&mut more)?;
    println!("not reached");
    Ok(())
}
