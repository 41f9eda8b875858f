//@ covers: Result::unwrap on Err(String) prints the String with Debug quoting/escapes
fn parse_kv(s: &str) -> Result<(String, i32), String> {
    let mut parts = s.split('=');
    let k = parts.next().ok_or("no key")?;
    let v = parts.next().ok_or(format!("no '=' in {:?}", s))?;
    let n: i32 = v.trim().parse().map_err(|e| format!("bad value {:?}: {}", v, e))?;
    Ok((k.to_string(), n))
}

fn main() {
    let lines = ["a=1", "b = 22", "c=\tx\"y"];
    for l in lines {
        println!("{:?}", parse_kv(l));
    }
    println!("{:?}", parse_kv("novalue"));
    for l in lines {
        let (k, v) = parse_kv(l).unwrap();
        println!("{} -> {}", k, v);
    }
    println!("unreachable");
}
