//@ covers: join returns the thread's value: a Vec, a String and a tuple
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let (r, w) = mkpipe();
    let tv = std::thread::spawn(move || {
        let mut v = Vec::new();
        for i in 0..4u8 {
            v.push(i * 10);
        }
        write_all(w, &v);
        unsafe { close(w) };
        v
    });
    let ts = std::thread::spawn(move || String::from_utf8_lossy(&read_to_eof(r)).len().to_string() + " bytes");
    let tt = std::thread::spawn(|| (7i32, "seven", [1u8, 2]));
    println!("vec {:?}", tv.join().unwrap());
    println!("string {:?}", ts.join().unwrap());
    println!("tuple {:?}", tt.join().unwrap());
}
