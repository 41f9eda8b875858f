//@ covers: assert!(cond, "msg {}", x) failure prints only the formatted custom message
fn main() {
    let limits = [10u32, 20, 30];
    let loads = [4u32, 19, 31];
    for i in 0..limits.len() {
        let (load, limit) = (loads[i], limits[i]);
        assert!(load <= limit, "slot {} overloaded: {} > {} ({:?})", i, load, limit, (load, limit));
        println!("slot {} ok: {}/{}", i, load, limit);
    }
    println!("unreachable");
}

#[allow(dead_code)]
fn helper_never_called() {
    assert!(false, "never");
}
// The failing assert is the one on slot 2.
// Earlier slots print their ok lines.
// Nothing after it runs.
// The message has no "assertion failed" prefix.
// Exit status is 101.
