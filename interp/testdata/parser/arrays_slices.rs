// Arrays and slices: copy_from_slice, split_at_mut, sub-slices, iter sums, 2-D arrays.
fn main() {
    let mut buf = [0u8; 8];
    buf[..3].copy_from_slice(b"abc");
    let (left, right) = buf.split_at_mut(4);
    right[0] = left[1];
    let grid = [[1u16, 2, 3], [4, 5, 6]];
    let mut s = 0;
    for row in grid.iter() { for v in row { s += *v; } }
    let tail = &buf[2..5];
    println!("{:?} {} {:?} {}", buf, s, tail, tail.len());
    let total: u32 = buf.iter().map(|&b| b as u32).sum();
    println!("{} {:?} {:?}", total, buf.first(), buf.iter().rev().next());
}
