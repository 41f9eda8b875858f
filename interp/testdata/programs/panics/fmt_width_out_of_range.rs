//@ covers: a width taken from an argument must fit a u16: `{:1$}` with 65536 panics at the println! site
fn main() {
    let ok: usize = 65535;
    let s = format!("{:1$}|", 'x', ok);
    println!("width 65535 gives {} chars", s.chars().count());
    let w: usize = 65536;
    println!("[{:1$}]", 5, w);
    println!("not reached");
}
