//@ covers: float formatting: {:.3}, {:.0} rounding (half to even), {:e}, width+precision, special values, f32 vs f64
fn main() {
    let xs = [0.0f64, -0.0, 1.0, 0.5, 1.5, 2.5, -2.5, 0.125, 1.0 / 3.0, 2.0 / 3.0, 1e-10, 123456.789, 1e22];
    for x in xs {
        println!("{} | {:.3} | {:.0} | {:e} | {:10.2} | {:<10.1}|", x, x, x, x, x, x);
    }
    let specials = [f64::NAN, f64::INFINITY, f64::NEG_INFINITY];
    for s in specials {
        println!("{} {:.2} {:e} {:>6} {:+}", s, s, s, s, s);
    }
    let f: f32 = 0.1;
    println!("f32 {} {:.10} {:.20}", f, f, f as f64);
    println!("f32 max {} min_pos {:e}", f32::MAX, f32::MIN_POSITIVE);
    println!("f64 max {:e} tiny {:e}", f64::MAX, 5e-324f64);
    println!("{:.3} {:.3} {:.1}", 0.0005f64, 0.0015f64, 0.05f64);
    println!("{:+.2} {:+.2} {:08.3} {:+08.2}", 1.0f64, -1.0f64, -3.14159f64, 2.0f64);
    println!("{:.5}", 1e21f64);
    println!("{:?} {:?} {:?}", 0.3f64, 1e-5f64, 123e20f64);
    println!("sqrt {} powi {} powf {:.6}", 2f64.sqrt(), 1.1f64.powi(3), 2f64.powf(0.5));
    println!("floor {} ceil {} round {} trunc {} fract {:.3}", (-1.5f64).floor(), 1.2f64.ceil(), 2.5f64.round(),
        (-2.7f64).trunc(), 3.75f64.fract());
    println!("min {} max {} abs {} signum {} rem {}", 1.0f64.min(f64::NAN), 2.0f64.max(-1.0), (-3.5f64).abs(),
        (-0.0f64).signum(), 7.5f64 % 2.0);
    println!("is_nan {} is_finite {} total {}", f64::NAN.is_nan(), f64::INFINITY.is_finite(), 0.1 + 0.2);
    println!("parse {:?} {:?} {:?}", "2.5".parse::<f64>(), "1e3".parse::<f32>(), "nan".parse::<f64>().map(|x| x.is_nan()));
}
