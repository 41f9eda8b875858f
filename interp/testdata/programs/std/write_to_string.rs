//@ covers: write!/writeln! into a String via std::fmt::Write, format!, custom Display impls used by {} with padding
use std::fmt::{self, Write};

struct Money {
    cents: i64,
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let sign = if self.cents < 0 { "-" } else { "" };
        let c = self.cents.abs();
        write!(f, "{}${}.{:02}", sign, c / 100, c % 100)
    }
}

struct Grid(Vec<Vec<u8>>);

impl fmt::Display for Grid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for row in &self.0 {
            for (i, c) in row.iter().enumerate() {
                if i > 0 {
                    f.write_char(' ')?;
                }
                write!(f, "{}", c)?;
            }
            writeln!(f)?;
        }
        Ok(())
    }
}

fn main() {
    let mut s = String::new();
    write!(s, "{}-{}", 1, "two").unwrap();
    writeln!(s, " [{:>4}]", 3).unwrap();
    write!(&mut s, "{:?}", vec![Some(1)]).unwrap();
    s.write_str("|raw").unwrap();
    s.write_char('!').unwrap();
    println!("{}", s);
    println!("len {}", s.len());
    let m = [Money { cents: 12345 }, Money { cents: -5 }, Money { cents: 0 }];
    for x in &m {
        println!("[{}]", x);
    }
    let joined = format!("{} + {} = {}", m[0], m[1], Money { cents: m[0].cents + m[1].cents });
    println!("{}", joined);
    let g = Grid(vec![vec![1, 2, 3], vec![4, 5, 6]]);
    print!("{}", g);
    let text = g.to_string();
    println!("to_string {:?}", text);
    let mut table = String::new();
    for i in 1..=3 {
        let _ = writeln!(table, "{:>2} squared = {:<3}|", i, i * i);
    }
    print!("{}", table);
    let r: fmt::Result = write!(String::new(), "ok");
    println!("result {:?}", r);
}
