//@ covers fixture: a malformed header (no colon)
fn main() {}
