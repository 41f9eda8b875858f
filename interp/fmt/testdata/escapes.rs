//! Prints escapes.jsonl: for each string, what `str::escape_debug`, `str::escape_default` and
//! `char::escape_unicode` (of the first char) display, for ../escape_test.ts.
//!
//! Regenerate (from the repository root):
//!   rustc --edition 2021 -O -o /tmp/fmt_escapes interp/fmt/testdata/escapes.rs
//!   /tmp/fmt_escapes > interp/fmt/testdata/escapes.jsonl

use std::fmt::Write as _;

fn json_str(s: &str) -> String {
    let mut o = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => o.push_str("\\\""),
            '\\' => o.push_str("\\\\"),
            '\n' => o.push_str("\\n"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => write!(o, "\\u{:04x}", c as u32).unwrap(),
            c => o.push(c),
        }
    }
    o.push('"');
    o
}

fn main() {
    let strs = [
        "plain", "", "tab\t nl\n cr\r nul\0", "quotes ' \" and \\", "\u{301}leading mark", "mark\u{301} inside",
        "\u{7f}\u{80}\u{9f}\u{a0}\u{ad}", "日本語 🦀", "\u{200b}\u{200d}\u{2028}\u{feff}", "\u{e0001}\u{e0100}\u{10ffff}",
        "\u{378}\u{fdd0}\u{fffe}", "e\u{301}\u{302}\u{20dd}", "\u{1b}[31m",
    ];
    for s in strs {
        let first = s.chars().next().unwrap_or('a');
        println!(
            "{{\"s\":{},\"debug\":{},\"default\":{},\"first_debug\":{},\"first_default\":{},\"first_unicode\":{}}}",
            json_str(s),
            json_str(&s.escape_debug().to_string()),
            json_str(&s.escape_default().to_string()),
            json_str(&first.escape_debug().to_string()),
            json_str(&first.escape_default().to_string()),
            json_str(&first.escape_unicode().to_string()),
        );
    }
}
