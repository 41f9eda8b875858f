//@ covers: fn main() -> Result<(), io::Error> returning Err prints Error: <Debug> on stderr and exits 1
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() -> Result<(), std::io::Error> {
    let (r, w) = mkpipe();
    unsafe { close(r) };
    println!("writing to a pipe without reader");
    if wr(w, b"x") < 0 {
        return Err(std::io::Error::last_os_error());
    }
    println!("not reached");
    Ok(())
}
