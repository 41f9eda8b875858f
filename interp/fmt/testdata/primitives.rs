//! Prints primitives.jsonl: one JSON object per line, `{"v": <value>, "f": <format string>,
//! "o": <what Rust 1.95 printed>}`, the expectations of ../primitives_test.ts.
//!
//! Regenerate (from the repository root):
//!   rustc --edition 2021 -O -o /tmp/fmt_primitives interp/fmt/testdata/primitives.rs
//!   /tmp/fmt_primitives > interp/fmt/testdata/primitives.jsonl
//!
//! Values are written as `{"ty": <type>, …}`: integers as decimal strings (`"v"`), floats as their
//! bit pattern in hex (`"bits"`), chars as code points, strs as JSON strings, pointers as
//! address/metadata decimal strings.
#![allow(clippy::approx_constant)]

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
impl Repr for () {
    fn repr(&self) -> String {
        "{\"ty\":\"unit\"}".to_string()
    }
}
impl Repr for *const u8 {
    fn repr(&self) -> String {
        format!("{{\"ty\":\"ptr\",\"v\":\"{}\"}}", *self as usize)
    }
}
impl Repr for *const [u8] {
    fn repr(&self) -> String {
        format!("{{\"ty\":\"ptr\",\"v\":\"{}\",\"len\":\"{}\"}}", *self as *const u8 as usize, self.len())
    }
}
impl Repr for *const dyn std::fmt::Debug {
    fn repr(&self) -> String {
        // SAFETY: a `*const dyn Trait` is a (data, vtable) pair of pointers.
        let (data, vtable): (usize, usize) = unsafe { std::mem::transmute(*self) };
        format!("{{\"ty\":\"ptr\",\"v\":\"{data}\",\"vtable\":\"{vtable}\"}}")
    }
}

/// A user type whose Display calls `Formatter::pad`.
struct Pad(&'static str);
impl std::fmt::Display for Pad {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.pad(self.0)
    }
}
impl Repr for Pad {
    fn repr(&self) -> String {
        format!("{{\"ty\":\"pad\",\"v\":{}}}", json_str(self.0))
    }
}

/// A user type whose Display calls `Formatter::pad_integral`.
struct PadInt(bool, &'static str, &'static str);
impl std::fmt::Display for PadInt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.pad_integral(self.0, self.1, self.2)
    }
}
impl Repr for PadInt {
    fn repr(&self) -> String {
        format!(
            "{{\"ty\":\"padint\",\"nonneg\":{},\"prefix\":{},\"v\":{}}}",
            self.0,
            json_str(self.1),
            json_str(self.2)
        )
    }
}

/// A user type whose Display prints what the Formatter's query methods return.
struct Query;
impl std::fmt::Display for Query {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        #[allow(deprecated)]
        let flags = f.flags();
        let s = format!(
            "fill={:?} align={:?} width={:?} precision={:?} plus={} minus={} alt={} zero={} flags={}",
            f.fill(),
            f.align(),
            f.width(),
            f.precision(),
            f.sign_plus(),
            f.sign_minus(),
            f.alternate(),
            f.sign_aware_zero_pad(),
            flags
        );
        f.write_str(&s)
    }
}
impl std::fmt::Debug for Query {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Display::fmt(self, f)
    }
}
impl Repr for Query {
    fn repr(&self) -> String {
        "{\"ty\":\"query\"}".to_string()
    }
}

fn emit(repr: &str, f: &str, out: &str) {
    println!("{{\"v\":{},\"f\":{},\"o\":{}}}", repr, json_str(f), json_str(out));
}

macro_rules! cases {
    ($v:expr; $($f:literal),+ $(,)?) => {{
        let v = $v;
        let r = v.repr();
        $( emit(&r, $f, &format!($f, v)); )+
    }};
}

macro_rules! int_case {
    ($($v:expr),+ $(,)?) => {$(
        cases!($v;
            "{}", "{:?}", "{:+}", "{:x}", "{:X}", "{:#x}", "{:#X}", "{:o}", "{:#o}", "{:b}", "{:#b}",
            "{:x?}", "{:X?}", "{:#x?}", "{:#X?}", "{:#?}", "{:8}", "{:<8}", "{:^8}", "{:>8}", "{:08}",
            "{:+08}", "{:<08}", "{:^+9}", "{:*^9}", "{:_<+7}", "{:€>6}", "{:🦀^7}", "{:#010x}",
            "{:#10x}", "{:<#10x}", "{:^#12b}", "{:#06b}", "{:+#x}", "{:+#o}", "{:08X}", "{:2}", "{:.5}",
            "{:5.2}", "{:e}", "{:E}", "{:.0e}", "{:.1e}", "{:.3e}", "{:.30e}", "{:12.2e}", "{:+e}",
            "{:012e}", "{:+012.1E}", "{:<12e}", "{:^+14.4e}", "{:08.1x?}", "{:-}", "{:-5}",
        );
    )+};
}

macro_rules! float_case {
    ($($v:expr),+ $(,)?) => {$(
        cases!($v;
            "{}", "{:?}", "{:e}", "{:E}", "{:.0}", "{:.1}", "{:.2}", "{:.3}", "{:.20}", "{:+}",
            "{:+?}", "{:10}", "{:<10}", "{:^10}", "{:010}", "{:+010.2}", "{:010?}", "{:.3e}", "{:.0e}",
            "{:12.4E}", "{:#?}", "{:*>12?}", "{:.1?}", "{:08.3e}", "{:+.2e}", "{:<+9}", "{:^+011.1}",
            "{:.17e}", "{:.5?}", "{:-}", "{:#}", "{:x<8.1}",
        );
    )+};
}

macro_rules! float_rand_case {
    ($v:expr) => {
        cases!($v; "{}", "{:?}", "{:e}", "{:.3}", "{:.17e}", "{:.0e}", "{:.8}")
    };
}

macro_rules! text_case {
    ($($v:expr),+ $(,)?) => {$(
        cases!($v;
            "{}", "{:?}", "{:8}", "{:>8}", "{:^8}", "{:*<8}", "{:.2}", "{:8.2}", "{:^9.1}", "{:.0}",
            "{:10?}", "{:#?}", "{:🦀^7}", "{:<3}", "{:>1}", "{:-^11.4}", "{:08}", "{:+}", "{:#}",
        );
    )+};
}

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545F4914F6CDD1D)
    }
}

fn main() {
    // Integers: every width, extremes, and exponent-rounding cases.
    int_case!(0i8, 1i8, -1i8, 5i8, 100i8, -100i8, i8::MIN, i8::MAX);
    int_case!(0u8, 1u8, 15u8, 128u8, 250u8, u8::MAX);
    int_case!(0i16, -1i16, 255i16, 1000i16, -12345i16, i16::MIN, i16::MAX);
    int_case!(0u16, 4096u16, 65535u16);
    int_case!(0i32, -1i32, 7i32, 15i32, 25i32, 35i32, 125i32, 135i32, 995i32, 1005i32, 1250i32);
    int_case!(9995i32, 999999i32, 1_000_000i32, 123456789i32, -987654321i32, i32::MIN, i32::MAX);
    int_case!(0u32, 42u32, 3000000000u32, u32::MAX);
    int_case!(0i64, -1i64, 1_000_000_000_000i64, -9_007_199_254_740_993i64, i64::MIN, i64::MAX);
    int_case!(0u64, 12345678901234567890u64, 9_007_199_254_740_993u64, u64::MAX);
    int_case!(0i128, -1i128, 10i128.pow(30), -(10i128.pow(30)) - 7, i128::MIN, i128::MAX);
    int_case!(0u128, 1u128 << 100, 99999999999999999999999999999999999999u128, u128::MAX);
    int_case!(0isize, -2isize, isize::MIN, isize::MAX, 0usize, 77usize, usize::MAX);

    // Floats: special and edge values.
    float_case!(0.0f64, -0.0f64, 1.0f64, -1.0f64, 0.1f64, 0.5f64, 1.5f64, 2.5f64, -2.5f64, 0.25f64);
    float_case!(0.35f64, 1.005f64, 0.05f64, 0.125f64, 9.5f64, 99.5f64, 0.3f64, 2.0f64 / 3.0, 100.0f64);
    float_case!(1e15f64, 1e16f64, 9999999999999998.0f64, 1e17f64, 1e21f64, 1e22f64, 1e23f64);
    float_case!(f64::MAX, f64::MIN, f64::MIN_POSITIVE, 5e-324f64, f64::EPSILON, 1e-4f64, 0.00009999f64);
    float_case!(1e-5f64, 1e-7f64, 123456.789f64, 3.141592653589793f64, 1234.5f64, 0.000123f64);
    float_case!(245010723912258.125f64, 9.995f64, 0.9999999999999999f64, 1e300f64, 1e-300f64);
    float_case!(f64::NAN, -f64::NAN, f64::INFINITY, f64::NEG_INFINITY, 4503599627370497.5f64);
    float_case!(0.1f32, 0.2f32, 0.3f32, 1.0f32 / 3.0, 16777216.0f32, 16777217.0f32, 1e10f32, 7.0f32);
    float_case!(f32::MAX, f32::MIN, f32::MIN_POSITIVE, 1e-45f32, f32::EPSILON, 1e16f32, 9.999999e15f32);
    float_case!(1e-4f32, 0.0001f32, 9.9999e-5f32, 1.5f32, -0.0f32, 0.0f32, 123.456f32, 0.01f32);
    float_case!(2.5f32, 3.4e38f32, 1.17549435e-38f32, 8388608.5f32, 0.7f32, 1e-10f32, 33554432.0f32);
    float_case!(f32::NAN, f32::INFINITY, f32::NEG_INFINITY, 1e21f32, 6.0221e23f32, 1.0e-40f32);

    // Floats: random bit patterns and random decimal-looking values.
    let mut rng = Rng(0x9E3779B97F4A7C15);
    for _ in 0..160 {
        let v = f64::from_bits(rng.next());
        if !v.is_nan() {
            float_rand_case!(v);
        }
    }
    for _ in 0..160 {
        let v = f32::from_bits(rng.next() as u32);
        if !v.is_nan() {
            float_rand_case!(v);
        }
    }
    for _ in 0..160 {
        let m = (rng.next() % 10_000_000) as f64;
        let e = (rng.next() % 24) as i32 - 12;
        float_rand_case!(m * 10f64.powi(e));
        float_rand_case!((m * 10f64.powi(e)) as f32);
    }
    // Every power of two (asymmetric rounding intervals).
    for e in -1074..=1023 {
        if e % 7 == 0 || e < -1015 || e > 1015 {
            cases!(2f64.powi(e); "{}", "{:?}", "{:e}");
        }
    }
    for e in -149..=127 {
        cases!(2f32.powi(e); "{}", "{:?}", "{:e}");
    }

    // Text.
    text_case!("", "a", "hello", "héllo wörld", "日本語", "🦀 crab", "tab\there", "new\nline");
    text_case!("quote\"s", "it's", "back\\slash", "\0nul", "\u{7f}del", "\u{1b}[0m", "e\u{301}");
    text_case!("\u{301}start", "\u{200b}zw", "\u{feff}bom", "\u{ad}soft", "\u{e000}private");
    text_case!("\u{10ffff}", "\u{1f600}", "\u{85}", "\u{a0}nbsp", "\u{2028}", "\r\n", "ǅ", "\u{e0001}");
    text_case!("a\u{300}\u{301}\u{302}", "\u{0378}", "\u{d7ff}\u{f900}", "\u{1f1e6}\u{1f1e8}", "x\u{fe0f}");
    text_case!('a', '\'', '"', '\\', '\n', '\0', '\r', '\t', '\u{301}', '🦀', '\u{7f}', '\u{ad}');
    text_case!('é', ' ', '\u{10ffff}', '\u{e0001}', '\u{200d}', '\u{0378}', '\u{fffd}', '\u{2029}');
    text_case!(true, false);
    cases!((); "{:?}", "{:5?}", "{:^6?}", "{:>3?}", "{:#?}", "{:.1?}");

    // User impls calling Formatter::pad / pad_integral, and the Formatter's query methods.
    for v in [Pad(""), Pad("abc"), Pad("日本語"), Pad("🦀x")] {
        cases!(v; "{}", "{:5}", "{:>5}", "{:^6}", "{:.1}", "{:*^7.2}", "{:05}", "{:+}", "{:.0}", "{:2}");
    }
    for v in [PadInt(true, "0x", "ff"), PadInt(false, "0b", "101"), PadInt(true, "", "0"), PadInt(false, "€", "7")] {
        cases!(v; "{}", "{:+}", "{:#}", "{:8}", "{:<8}", "{:^8}", "{:08}", "{:+#08}", "{:#08}", "{:*<+#9}", "{:.3}");
    }
    cases!(Query; "{}", "{:?}", "{:x?}", "{:#X?}", "{:*^+#012.3}", "{:<5}", "{:>.0}", "{:-}", "{:0}", "{:🦀^3}");

    // Every 257th code point (and the whole of Latin-1 and the first combining marks) as `str`
    // Debug, in chunks: exercises the printable and grapheme-extend tables.
    let mut chars: Vec<char> = (0..0x110000u32).step_by(257).filter_map(char::from_u32).collect();
    chars.extend((0..0x400u32).filter_map(char::from_u32));
    for chunk in chars.chunks(400) {
        let s: String = chunk.iter().collect();
        let s: &str = Box::leak(s.into_boxed_str());
        cases!(s; "{:?}");
    }

    // Pointers (thin, slice, trait object).
    let thin = 0x1234usize as *const u8;
    cases!(thin; "{:p}", "{:#p}", "{:20p}", "{:#20p}", "{:<#20p}", "{:020p}", "{:?}", "{:#?}", "{:^+22p}");
    let null = std::ptr::null::<u8>();
    cases!(null; "{:p}", "{:#p}", "{:?}");
    let high = usize::MAX as *const u8;
    cases!(high; "{:p}", "{:#p}", "{:?}");
    let fat: *const [u8] = std::ptr::slice_from_raw_parts(0xbeefusize as *const u8, 3);
    cases!(fat; "{:p}", "{:#p}", "{:?}", "{:30p}", "{:#x?}");
    let five = 5i32;
    let dynp: *const dyn std::fmt::Debug = &five as &dyn std::fmt::Debug;
    cases!(dynp; "{:p}", "{:#p}", "{:?}", "{:#?}");
}
