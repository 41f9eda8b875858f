//@ covers: a non-blocking write fills the default pipe capacity of 65536 bytes
fn main() {
    let (_r, w) = fdc::pipe2(fdc::O_NONBLOCK).unwrap();
    let chunk: Vec<u8> = vec![b'x'; 4096];
    let mut total = 0usize;
    while let Ok(n) = fdc::write(w, &chunk) {
        total += n;
    }
    println!("capacity {total}");
}
