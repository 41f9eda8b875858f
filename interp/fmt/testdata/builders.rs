//! Prints builders.jsonl: `{"case": <name>, "f": <format>, "o": <output>}` for nested values
//! formatted with std's Debug builders; ../builders_test.ts rebuilds the same values and must
//! produce the same text through ../builders.ts.
//!
//! Regenerate (from the repository root):
//!   rustc --edition 2021 -O -o /tmp/fmt_builders interp/fmt/testdata/builders.rs
//!   /tmp/fmt_builders > interp/fmt/testdata/builders.jsonl
#![allow(dead_code)]

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::{self, Debug, Write as _};

#[derive(Debug)]
struct Unit;
#[derive(Debug)]
struct Empty {}
#[derive(Debug)]
struct EmptyTuple();
#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
}
#[derive(Debug)]
struct Wrapper(i32, &'static str);
#[derive(Debug)]
enum E {
    A,
    B(u8),
    C { s: String, f: f64 },
}
#[derive(Debug)]
struct Outer {
    name: &'static str,
    items: Vec<(i32, Option<char>)>,
    nested: Option<Box<Outer>>,
    map: BTreeMap<&'static str, Vec<f64>>,
    set: BTreeSet<u8>,
    unit: Unit,
    empty: Empty,
    t: EmptyTuple,
    one: (bool,),
    e: Vec<E>,
}

/// Writes raw multi-line text, to show the PadAdapter indenting text it did not produce.
struct Raw(&'static str);
impl Debug for Raw {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

struct NonEx {
    a: i32,
    b: Vec<u8>,
}
impl Debug for NonEx {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("NonEx").field("a", &self.a).field("b", &self.b).finish_non_exhaustive()
    }
}
struct NonExEmpty;
impl Debug for NonExEmpty {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("NonExEmpty").finish_non_exhaustive()
    }
}
struct NonExAll(bool);
impl Debug for NonExAll {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0 {
            f.debug_tuple("T").field(&1).finish_non_exhaustive()?;
            f.debug_list().entry(&1).entry(&2).finish_non_exhaustive()?;
            f.debug_set().entry(&"s").finish_non_exhaustive()?;
            f.debug_map().entry(&1, &"one").finish_non_exhaustive()
        } else {
            f.debug_tuple("T").finish_non_exhaustive()?;
            f.debug_list().finish_non_exhaustive()?;
            f.debug_set().finish_non_exhaustive()?;
            f.debug_map().finish_non_exhaustive()
        }
    }
}

fn json_str(s: &str) -> String {
    let mut o = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => o.push_str("\\\""),
            '\\' => o.push_str("\\\\"),
            '\n' => o.push_str("\\n"),
            c if (c as u32) < 0x20 => write!(o, "\\u{:04x}", c as u32).unwrap(),
            c => o.push(c),
        }
    }
    o.push('"');
    o
}

macro_rules! case {
    ($name:literal, $v:expr) => {{
        let v = $v;
        for (f, o) in [
            ("{:?}", format!("{:?}", v)),
            ("{:#?}", format!("{:#?}", v)),
            ("{:5?}", format!("{:5?}", v)),
            ("{:#x?}", format!("{:#x?}", v)),
        ] {
            println!("{{\"case\":{},\"f\":{},\"o\":{}}}", json_str($name), json_str(f), json_str(&o));
        }
    }};
}

fn outer(depth: u32) -> Outer {
    let mut map = BTreeMap::new();
    map.insert("a", vec![1.5, -0.0]);
    map.insert("b", vec![]);
    Outer {
        name: "out\"er",
        items: vec![(1, Some('x')), (-20, None), (300, Some('\n'))],
        nested: if depth > 0 { Some(Box::new(outer(depth - 1))) } else { None },
        map,
        set: [3u8, 1, 255].into_iter().collect(),
        unit: Unit,
        empty: Empty {},
        t: EmptyTuple(),
        one: (true,),
        e: vec![E::A, E::B(17), E::C { s: "s".into(), f: 1e20 }],
    }
}

fn main() {
    case!("unit", Unit);
    case!("empty", Empty {});
    case!("empty_tuple", EmptyTuple());
    case!("point", Point { x: 1, y: -2 });
    case!("wrapper", Wrapper(255, "w"));
    case!("tuple1", (7u8,));
    case!("tuple3", (1i32, "two", 3.0f64));
    case!("unit_value", ());
    case!("vec_empty", Vec::<i32>::new());
    case!("vec_tuples_options", vec![(1, Some(2u16)), (3, None)]);
    case!("nested_vecs", vec![vec![], vec![vec![1u8]], vec![vec![2, 3], vec![]]]);
    case!("options", (Some(Some(5i64)), None::<i8>, Some(Unit)));
    case!("map", [(1u32, "one"), (20, "twenty")].into_iter().collect::<BTreeMap<_, _>>());
    case!("map_struct_keys", [(Point { x: 1, y: 2 }, vec![1u8])].into_iter().map(|(k, v)| (format!("{k:?}"), v)).collect::<BTreeMap<_, _>>());
    case!("map_of_maps", [(1u8, [(2u8, 3u8)].into_iter().collect::<BTreeMap<_, _>>())].into_iter().collect::<BTreeMap<_, _>>());
    case!("set", [10u16, 2].into_iter().collect::<BTreeSet<_>>());
    case!("enums", vec![E::A, E::B(0), E::C { s: String::new(), f: f64::NAN }]);
    case!("outer0", outer(0));
    case!("outer2", outer(2));
    case!("raw_lines", (Raw("a\nb"), Raw("\n"), Raw("x\n\ny\n"), Raw("")));
    case!("raw_in_struct", vec![Some(Raw("first\nsecond"))]);
    case!("non_exhaustive", NonEx { a: 1, b: vec![2] });
    case!("non_exhaustive_empty", NonExEmpty);
    case!("non_exhaustive_all", (NonExAll(true), NonExAll(false)));
    case!("strings_chars", vec![("tab\t", 'q'), ("é\u{301}", '\'')]);
    case!("floats", [0.1f32, 1e16, -0.0]);
    case!("array_of_arrays", [[1i8, -1], [127, -128]]);
}
