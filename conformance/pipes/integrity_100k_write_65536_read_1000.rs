//@ covers: 100000 patterned bytes written in 65536-byte non-blocking chunks and read back in 1000-byte reads, interleaved on one thread, arrive intact and in order
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
const TOTAL: usize = 100000;
const WCHUNK: usize = 65536;
const RCHUNK: usize = 1000;

fn main() {
    let (r, w) = mkpipe2(O_NONBLOCK);
    let mut data = vec![0u8; TOTAL];
    for i in 0..TOTAL {
        data[i] = ((i * 7 + i / 251) % 256) as u8;
    }
    let mut got: Vec<u8> = Vec::new();
    let mut off = 0;
    let (mut writes, mut eagains, mut reads) = (0, 0, 0);
    while got.len() < TOTAL {
        if off < TOTAL {
            let end = if off + WCHUNK < TOTAL { off + WCHUNK } else { TOTAL };
            let n = wr(w, &data[off..end]);
            if n > 0 {
                off += n as usize;
                writes += 1;
                continue;
            }
            assert_eq!(errno(), 11);
            eagains += 1;
        }
        let (n, b) = rd(r, RCHUNK);
        assert!(n > 0, "read {}", res(n));
        reads += 1;
        got.extend_from_slice(&b);
        if off == TOTAL && got.len() == TOTAL {
            break;
        }
    }
    unsafe { close(w) };
    println!("written {} read {}", off, got.len());
    println!("intact {}", got == data);
    println!("writes {} eagains {} reads {}", writes, eagains, reads);
    println!("after eof {}", res(rd(r, 10).0));
    unsafe { close(r) };
}
