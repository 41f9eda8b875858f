//! Format strings whose compiled `fmt::Arguments` templates ../template_test.ts decodes.
//!
//! Regenerate templates.jsonl (from the repository root):
//!   npx deno run -A interp/fmt/testdata/gen_templates.ts
//! which compiles this file with `rustc --edition 2021 -C opt-level=0 --emit=mir`, reads each
//! `Arguments::new` template and `Argument::new_*` / `from_usize` list from the MIR of `main`, runs
//! the program, and pairs them with what each `case!` printed (in order).
//!
//! Each `case!(FORMAT, args…)` prints one JSON line: the format string, the argument values, and
//! the formatted output. Arguments are always variables, never literals (rustc inlines literal
//! arguments into the template).

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

trait Repr {
    fn repr(&self) -> String;
}
macro_rules! int_repr {
    ($($t:ident)*) => {$(
        impl Repr for $t {
            fn repr(&self) -> String {
                format!("{{\"ty\":\"{}\",\"v\":\"{}\"}}", stringify!($t), self)
            }
        }
    )*};
}
int_repr!(i8 i16 i32 i64 i128 isize u8 u16 u32 u64 u128 usize);
impl Repr for f64 {
    fn repr(&self) -> String {
        format!("{{\"ty\":\"f64\",\"bits\":\"{:016x}\"}}", self.to_bits())
    }
}
impl Repr for f32 {
    fn repr(&self) -> String {
        format!("{{\"ty\":\"f32\",\"bits\":\"{:08x}\"}}", self.to_bits())
    }
}
impl Repr for bool {
    fn repr(&self) -> String {
        format!("{{\"ty\":\"bool\",\"v\":{}}}", self)
    }
}
impl Repr for char {
    fn repr(&self) -> String {
        format!("{{\"ty\":\"char\",\"v\":{}}}", *self as u32)
    }
}
impl Repr for &str {
    fn repr(&self) -> String {
        format!("{{\"ty\":\"str\",\"v\":{}}}", json_str(self))
    }
}

fn emit(f: &str, args: &[String], out: &str) {
    println!("{{\"f\":{},\"values\":[{}],\"o\":{}}}", json_str(f), args.join(","), json_str(out));
}

/// `case!(FORMAT, positional args… ; captured names…)`: captured names are the variables the
/// format string names inline (`{x}`, `{:w$}`), listed in the order rustc captures them (by first
/// use, except that `{:w$.p$}` captures `p` before `w`).
macro_rules! case {
    ($f:literal $(, $a:ident)* $(; $($c:ident),*)?) => {{
        let out = format!($f $(, $a)*);
        let vals: Vec<String> = vec![$($a.repr(),)* $($($c.repr(),)*)?];
        emit($f, &vals, &out);
    }};
}

fn main() {
    let n = 5i32;
    let m = -42i32;
    let y = 255u8;
    let big = u64::MAX;
    let huge = i128::MIN;
    let f = 1.5f64;
    let g = -0.000123f64;
    let h = 2.5f32;
    let s = "hi";
    let u = "ünï";
    let c = 'x';
    let b = true;
    let w = 7usize;
    let p = 3usize;
    let z = 0usize;
    let big_w = 300usize;
    let x = 42i64;

    case!("wrote {}\n", n);
    case!("read {} {:?} {:?}\n", n, s, c);
    case!("{y:#x}\n"; y);
    case!("in thread {}", s);
    case!("Foo({})", n);
    case!("{}", n);
    case!("{}{}", n, m);
    case!("{{}}{}}}", n);
    case!("{{{}}}", s);
    case!("{:5}|{:<5}|{:^5}|{:>5}", n, m, n, m);
    case!("{:*^9}|{:+}|{:#x}|{:#010b}", s, n, y, y);
    case!("{:>w$}|{:.*}|{:1$}|{:.p$}", s, p, f, f, n; w, p);
    case!("{0} {0:?} {1} {0}", n, s);
    case!("{1} {0}", n, s);
    case!("{1:?} {0:?} {1} {0}", n, s);
    case!("{:x?} {:X?} {:#?}", y, y, s);
    case!("{:e} {:E} {:e} {:E}", f, g, n, big);
    case!("{:€>8} {:🦀<4}", s, s);
    case!("{:-} {:+}", n, m);
    case!("{:.0}|{:0}|{:00}|{:<}|{:+#}", f, n, n, n, n);
    case!("{1:0$}", w, n);
    case!("{:.*}", p, f);
    case!("{2:1$.0$}", p, w, f);
    case!("{:?} {:.*} {:?}", n, p, f, n);
    case!("{x:?} {x} {x:?}"; x);
    case!("{:65535}|", n);
    case!("{:w$.p$}|{:>w$.p$}|{:^w$.p$e}", f, g, f; p, w);
    case!("{:z$}|{:.z$}|", n, f; z);
    case!("{:big_w$}|", s; big_w);
    case!("{:#?}", b);
    case!("{:08.3}|{:+08.3}|{:<08.3}", f, g, h);
    case!("{:^+#14x}|{:^-#14o}|{:>#14b}", m, m, y);
    case!("{:#X} {:#x?} {:#X?}", big, huge, y);
    case!("{huge} {huge:e} {huge:x}"; huge);
    case!("{h} {h:?} {h:.3} {h:e} {h:10.2E}"; h);
    case!("{:10}|{:<10}|{:^10}|{:>10}", u, u, u, u);
    case!("{:.1}|{:.2}|{:5.1}|{:^5.2}", u, u, u, u);
    case!("{:?}|{:5}|{:^5?}|{:>5}", c, c, c, b);
    case!("{}{}{}{}{}{}{}{}{}{}", n, n, n, n, n, n, n, n, n, n);
    case!("{0}{1}{2}{3}{4}{5}{6}{7}{8}{9}{10}{11}", n, m, y, big, huge, f, g, h, s, u, c, b);
    case!("{11}{10}{9}{8}{7}{6}{5}{4}{3}{2}{1}{0}", n, m, y, big, huge, f, g, h, s, u, c, b);
    case!("{0:?}{0}{0:x}{0:X}{0:o}{0:b}{0:e}{0:E}", m);
    case!("é{}ü{}ö", n, s);
    case!("\t{}\n\r{}\0", n, s);
    case!("lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua {} end", n);
    case!("{} lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat. Duis aute irure dolor in reprehenderit {}", n, s);
    case!("{:width$}|{:>width$?}|{:^width$x}", n, s, y; width);
    case!("{:.prec$}|{:.prec$e}|{:.prec$?}", f, g, h; prec);
    case!("{n}+{m}={x}"; n, m, x);
    case!("{:1$}|{:1$}", s, w);
    case!("[{:>1$}] [{:<1$}] [{:^1$}]", s, w, s);
    case!("{:.1$}|{:.1$}", f, p);
    case!("{:+.3e}|{:<+12.1E}|{:012.4e}", f, g, n);
    case!("{:#06x}|{:#06X}|{:#06o}|{:#06b}", y, y, y, y);
    case!("{:x}|{:x}|{:X}|{:o}|{:b}", m, huge, big, m, y);
    case!("{}|{:?}|{:.0}|{:e}|{:010.1}", g, g, g, g, g);
    case!("{:_>6}{:_<6}{:_^6}", n, n, n);
    case!("{:0>6}{:0<6}{:0^6}", m, m, m);
    case!("{:06}{:<06}{:^06}", m, m, m);
    case!("{:?}{:?}{:?}{:?}", s, u, c, b);
    case!("{:#?}{:#?}{:#x?}", n, s, y);
    case!("{:5?}|{:<5?}|{:05?}|{:+?}", n, m, y, f);
    case!("{:.3?}|{:10.3?}|{:e}", f, h, h);
    case!("{x:>0$}", w; x);
    case!("{0:w$} {0:p$}", n; w, p);
    case!("{}", s);
    case!("{}\n", c);
    case!("{}|{}|{}|{}", z, w, p, big_w);
    case!("{s}{u}{s}"; s, u);
    case!("{s:?}{u:?}{c:?}"; s, u, c);
}

const fn _unused() {}
#[allow(non_upper_case_globals)]
const width: usize = 9;
#[allow(non_upper_case_globals)]
const prec: usize = 2;
